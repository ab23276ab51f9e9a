package org.raqib.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.EventType;
import org.raqib.model.Kind;
import org.raqib.model.SourcedClaim;
import org.raqib.model.Span;
import org.raqib.model.Stance;
import org.raqib.store.ArchivedDocument;

/**
 * Claims the extractor missed, added by an analyst on a document's review page: they select the
 * evidence in the text (select-claim.js fills in its offsets), give its fields, and the server
 * checks the offsets against the archived text before storing the claim as theirs. It survives
 * re-extraction and is linked like any other claim.
 */
final class MissedClaims {
    /** The longest evidence an analyst may select: a paragraph, not a page. */
    static final int MAX_EVIDENCE = 2000;

    private final Workbench wb;

    MissedClaims(Workbench wb) { this.wb = wb; }

    /** The document's whole text with its claims marked, and the form to add one. */
    void page(Context ctx) {
        ArchivedDocument d = document(ctx);
        String text = d.document().text();
        List<SourcedClaim> claims = wb.store().claims().ofDocument(d.sha256());
        Map<String, Object> m = wb.pages().base(ctx, "title.addClaim");
        m.putAll(wb.access().model(ctx));
        m.put("d", DocumentInfo.of(d));
        m.put("pieces", Highlights.document(text, claims.stream().map(SourcedClaim::claim).toList()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SourcedClaim c : claims) {
            Map<String, Object> r = new HashMap<>();
            r.put("id", c.id());
            r.put("evidence", c.claim().evidence() == null ? "" : c.claim().evidence().text());
            r.put("madeBy", wb.store().claims().madeBy(c.id()).orElse(null));
            rows.add(r);
        }
        m.put("claims", rows);
        m.put("added", ctx.queryParam("added"));
        m.put("categories", Arrays.stream(Category.values()).map(Category::field).toList());
        m.put("kinds", Arrays.stream(Kind.values()).map(Kind::code).toList());
        m.put("stances", Arrays.stream(Stance.values()).map(Stance::code).toList());
        m.put("eventTypes", Arrays.stream(EventType.values()).map(EventType::code).toList());
        ctx.html(wb.templates().render("add-claim", m));
    }

    /** Stores the analyst's claim on the selected span, with the fields they gave; then relinks. */
    void add(Context ctx) {
        ArchivedDocument d = document(ctx);
        String text = d.document().text();
        int start = offset(ctx, "start"), end = offset(ctx, "end");
        if (end > text.length()) throw new BadRequest("the selection ends at " + end + ", after the text's end (" + text.length() + ")");
        if (start >= end) throw new BadRequest("select the claim's words: the selection is empty");
        if (end - start > MAX_EVIDENCE) throw new BadRequest("the selection is longer than " + MAX_EVIDENCE + " characters");
        Span evidence = Span.of(text, start, end);
        if (evidence.text().isBlank()) throw new BadRequest("the selection holds no words");
        String quote = ctx.formParam("quote");
        // a browser sends a form's line breaks as CR LF
        if (quote != null && !quote.isEmpty() && !lines(quote).equals(lines(evidence.text()))) {
            throw new BadRequest("the selection does not match the archived text at " + start + "–" + end + ": reload the page");
        }
        String reason = ctx.formParam("reason");
        if (reason != null && reason.length() > 1000) throw new BadRequest("the reason is longer than 1000 characters");
        Claim blank = new Claim(d.document().id(), Kind.INCIDENT, Stance.ALLEGES, null, null, EventType.UNKNOWN, null, null,
                Map.of(), evidence);
        Claim claim = ClaimCorrection.of(ctx, blank, wb.places());
        if (claim.counts().isEmpty()) throw new BadRequest("give at least one count (killed, injured, …)");
        String id = wb.store().claims().addByAnalyst(d, claim, wb.access().principal(ctx).name(), reason);
        wb.afterChange();
        ctx.redirect("/review/documents/" + d.sha256() + "?added=" + id, HttpStatus.SEE_OTHER);
    }

    private static String lines(String s) { return s.replace("\r\n", "\n").replace('\r', '\n'); }

    private ArchivedDocument document(Context ctx) {
        String sha = Pages.sha(ctx.pathParam("sha256"));
        return wb.store().archive().bySha(sha).orElseThrow(() -> new BadRequest(404, "no document with this SHA-256"));
    }

    private static int offset(Context ctx, String name) {
        String v = ctx.formParam(name);
        if (v == null || !v.strip().matches("[0-9]{1,9}")) throw new BadRequest("'" + name + "' must be an offset in the text (0 or more)");
        return Integer.parseInt(v.strip());
    }
}
