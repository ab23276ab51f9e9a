package org.raqib.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.raqib.accounts.Accounts;
import org.raqib.accounts.Accounts.Principal;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.Count;
import org.raqib.model.SourcedClaim;
import org.raqib.pipeline.Pipeline;
import org.raqib.store.ArchivedDocument;
import org.raqib.store.ClaimReviews;
import org.raqib.store.Store;

/**
 * The analysts' pages: signing in and out, and the review queue where claims are accepted,
 * corrected or rejected. Reviews are saved beside the machine's claims ({@link ClaimReviews});
 * after each one the record is relinked through the pipeline so the public pages follow.
 * Editors' decisions on incidents are in {@link IncidentEditing}.
 */
public final class Workbench {
    private static final int QUEUE_SIZE = 50;

    private final Store store;
    private final Accounts accounts;
    private final Pipeline pipeline;
    private final boolean secureCookies;
    private final IncidentEditing editing;
    private final MissedClaims missed;
    private final PlaceSuggestions places;
    private Access access;
    private Pages pages;
    private Templates templates;

    /**
     * @param secureCookies false only for plain HTTP on the analyst's own machine
     * @param pipeline      the one path every change takes (the CLI's): relinking after a review,
     *                      grading, merging, splitting and moving; calls are made one at a time
     */
    public Workbench(Store store, Accounts accounts, boolean secureCookies, Pipeline pipeline) {
        this(store, accounts, secureCookies, pipeline, org.raqib.resolve.place.Gazetteer.defaults());
    }

    /** @param gazetteer the places the place field suggests (the data directory's: built-in and imported) */
    public Workbench(Store store, Accounts accounts, boolean secureCookies, Pipeline pipeline,
                     org.raqib.resolve.place.Gazetteer gazetteer) {
        this.places = new PlaceSuggestions(gazetteer);
        this.store = store;
        this.accounts = accounts;
        this.secureCookies = secureCookies;
        this.pipeline = pipeline;
        this.editing = new IncidentEditing(this);
        this.missed = new MissedClaims(this);
    }

    Store store() { return store; }

    Access access() { return access; }

    Pages pages() { return pages; }

    Templates templates() { return templates; }

    IncidentEditing editing() { return editing; }

    MissedClaims missed() { return missed; }

    PlaceSuggestions places() { return places; }

    /** Gazetteer places whose name starts with {@code q} (Arabic or English), for the place field's suggestions. */
    void placeSuggestions(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank() || q.length() > 100) throw new BadRequest("'q' must be 1 to 100 characters");
        String limitText = ctx.queryParam("limit");
        int limit = 10;
        if (limitText != null) {
            if (!limitText.matches("[0-9]{1,3}") || Integer.parseInt(limitText) < 1 || Integer.parseInt(limitText) > 20) {
                throw new BadRequest("'limit' must be 1 to 20");
            }
            limit = Integer.parseInt(limitText);
        }
        var root = PLACES_JSON.createObjectNode().put("q", q);
        var list = root.putArray("places");
        for (PlaceSuggestions.Suggestion s : places.find(q, limit)) {
            list.addObject().put("name", s.name()).put("arabic", s.arabic()).put("english", s.english()).put("admin1", s.admin1())
                    .put("country", s.country()).put("lat", s.lat()).put("lon", s.lon());
        }
        ctx.contentType("application/json").result(root.toString());
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper PLACES_JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** Runs a change through the pipeline, one at a time (a relink must not run beside another). */
    <T> T inPipeline(java.util.function.Function<Pipeline, T> change) {
        synchronized (pipeline) {
            return change.apply(pipeline);
        }
    }

    /** Brings incidents up to date after a review. */
    void afterChange() {
        inPipeline(Pipeline::relink);
    }

    Access bind(Pages pages, Templates templates) {
        this.pages = pages;
        this.templates = templates;
        this.access = new Access(accounts, secureCookies);
        return access;
    }

    void loginForm(Context ctx) {
        Map<String, Object> m = pages.base(ctx, "title.login");
        m.put("loginToken", access.loginToken(ctx));
        m.put("next", safeNext(ctx.queryParam("next")));
        ctx.html(templates.render("login", m));
    }

    void login(Context ctx) {
        String name = ctx.formParam("name"), password = ctx.formParam("password");
        if (name != null && name.length() > 64 || password != null && password.length() > 200) throw new BadRequest("name or password too long");
        try {
            if (access.signIn(ctx, name, password).isPresent()) {
                ctx.redirect(safeNext(ctx.formParam("next")), io.javalin.http.HttpStatus.SEE_OTHER);
                return;
            }
        } catch (Accounts.Throttled e) {
            throw new BadRequest(429, e.getMessage());
        }
        ctx.status(401);
        Map<String, Object> m = pages.base(ctx, "title.login");
        m.put("loginToken", access.loginToken(ctx));
        m.put("next", safeNext(ctx.formParam("next")));
        m.put("failed", true);
        ctx.html(templates.render("login", m));
    }

    void logout(Context ctx) {
        access.signOut(ctx);
        ctx.redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** Only a path of this site: a sign-in link cannot send an analyst elsewhere. */
    private static String safeNext(String next) {
        return next != null && next.matches("/[A-Za-z0-9/_.-]{0,100}") && !next.startsWith("//") ? next : "/review";
    }

    /** Claims not yet reviewed (and those the machine now reads differently), newest and largest first. */
    void queue(Context ctx) {
        ClaimFilter f = ClaimFilter.of(Api.params(ctx));
        Set<String> reviewed = store.reviews().reviewedIds();
        Set<String> again = new java.util.HashSet<>();
        store.reviews().needingAnotherLook().forEach(r -> again.add(r.claimId()));
        List<SourcedClaim> pending = new ArrayList<>();
        for (SourcedClaim c : store.claims().all()) {
            if ((!reviewed.contains(c.id()) || again.contains(c.id())) && f.matches(c)) pending.add(c);
        }
        pending.sort(Comparator.comparing((SourcedClaim c) -> c.published() == null ? java.time.LocalDate.MIN : c.published()).reversed()
                .thenComparing(Comparator.comparingLong(Workbench::toll).reversed()).thenComparing(SourcedClaim::id));
        Map<String, Object> m = pages.base(ctx, "title.review");
        m.putAll(access.model(ctx));
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        List<SourcedClaim> shown = pending.subList(0, Math.min(QUEUE_SIZE, pending.size()));
        Map<String, String> incidents = store.incidents().ofClaims(shown.stream().map(SourcedClaim::id).toList());
        for (SourcedClaim c : shown) {
            String text = texts.computeIfAbsent(c.docSha(), sha -> store.archive().find(sha).map(ArchivedDocument::document)
                    .map(d -> d.text()).orElse(""));
            Map<String, Object> r = row(c, text, again.contains(c.id()));
            r.put("incident", incidents.get(c.id()));
            rows.add(r);
        }
        m.put("rows", rows);
        m.put("pending", pending.size());
        m.put("filter", f);
        ctx.html(templates.render("review", m));
    }

    private static long toll(SourcedClaim c) {
        Long k = c.claim().best(Category.KILLED), civ = c.claim().best(Category.CIVILIANS_KILLED);
        return Math.max(k == null ? 0 : k, civ == null ? 0 : civ);
    }

    private Map<String, Object> row(SourcedClaim sc, String text, boolean again) {
        Claim c = sc.claim();
        Map<String, Object> r = new HashMap<>();
        r.put("id", sc.id());
        r.put("outlet", sc.outlet());
        r.put("doc", sc.docSha());
        r.put("published", sc.published() == null ? "" : sc.published().toString());
        r.put("pieces", Highlights.paragraph(text, c));
        r.put("again", again);
        r.put("version", store.reviews().find(sc.id()).map(ClaimReviews.Review::version).orElse(0));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", c.kind().code());
        fields.put("stance", c.stance().code());
        fields.put("event_type", c.eventType().code());
        fields.put("source", c.source() == null ? "" : c.source().actor());
        fields.put("perpetrator", c.perpetrator() == null ? "" : c.perpetrator().actor());
        fields.put("date_from", c.date() == null ? "" : String.valueOf(c.date().from()));
        fields.put("date_to", c.date() == null ? "" : String.valueOf(c.date().to()));
        fields.put("place", c.place() == null || c.place().name() == null ? "" : c.place().name());
        fields.put("admin1", c.place() == null || c.place().admin1() == null ? "" : c.place().admin1());
        fields.put("country", c.place() == null || c.place().country() == null ? "" : c.place().country());
        r.put("fields", fields);
        List<Map<String, Object>> counts = new ArrayList<>();
        for (Category cat : Category.values()) {
            Count n = c.count(cat);
            counts.add(Map.of("field", cat.field(), "low", n == null || n.low() == null ? "" : n.low(),
                    "best", n == null || n.best() == null ? "" : n.best(), "high", n == null || n.high() == null ? "" : n.high()));
        }
        r.put("counts", counts);
        return r;
    }

    /** Accept, correct or reject one claim, on the version the analyst saw. */
    void review(Context ctx) {
        Principal who = access.principal(ctx);
        String id = ctx.pathParam("id");
        if (id.length() > 120) throw new BadRequest(404, "no such claim");
        SourcedClaim machine = store.claims().byIds(List.of(id)).stream().findFirst().orElse(null);
        String action = ctx.formParam("action");
        String versionText = ctx.formParam("version");
        if (versionText == null || !versionText.matches("[0-9]{1,6}")) throw new BadRequest("'version' must be the version the form showed");
        int version = Integer.parseInt(versionText);
        String reason = ctx.formParam("reason");
        if (reason != null && reason.length() > 1000) throw new BadRequest("the reason is longer than 1000 characters");
        ClaimReviews.Status status = switch (action == null ? "" : action) {
            case "accept" -> ClaimReviews.Status.ACCEPTED;
            case "correct" -> ClaimReviews.Status.CORRECTED;
            case "reject" -> ClaimReviews.Status.REJECTED;
            default -> throw new BadRequest("'action' must be accept, correct or reject");
        };
        if (machine == null && store.reviews().find(id).isEmpty()) throw new BadRequest(404, "no such claim");
        Claim corrected = null;
        if (status == ClaimReviews.Status.CORRECTED) {
            if (machine == null) throw new BadRequest(409, "a rejected claim is accepted or rejected, not corrected");
            corrected = ClaimCorrection.of(ctx, machine.claim(), places);
        }
        try {
            store.reviews().save(id, status, corrected, who.name(), reason, version);
        } catch (ClaimReviews.StaleReview e) {
            ctx.status(409);
            Map<String, Object> m = pages.base(ctx, "title.review");
            m.putAll(access.model(ctx));
            ClaimReviews.Review other = e.current();
            m.put("conflict", Map.of("reviewer", other.reviewer(), "at", other.at().toString(), "status", other.status().code(),
                    "version", other.version(), "claim", other.corrected() == null ? "" : summary(other.corrected())));
            m.put("rows", List.of());
            m.put("pending", 0);
            ctx.html(templates.render("review", m));
            return;
        }
        afterChange();
        ctx.redirect("/review", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** An incident's history for analysts: every audited change to it, its claims' reviews and the link decisions on them. */
    void history(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.length() > 120) throw new BadRequest(404, "no such incident");
        String current = store.incidents().current(id).orElse(id);
        if (store.incidents().find(current).isEmpty()) throw new BadRequest(404, "no such incident");
        List<String> claims = store.incidents().claimsOf(List.of(current));
        Set<String> entities = new java.util.HashSet<>();
        entities.add("incident:" + current);
        for (String c : claims) entities.add("claim:" + c);
        List<org.raqib.store.AuditEntry> entries = new ArrayList<>();
        for (org.raqib.store.AuditEntry e : store.audit().entries()) {
            boolean decision = e.entity().startsWith("claims:") && claims.stream().anyMatch(c -> e.entity().contains(c));
            if (entities.contains(e.entity()) || decision) entries.add(e);
        }
        Map<String, Object> m = pages.base(ctx, "title.history");
        m.putAll(access.model(ctx));
        m.put("incident", current);
        m.put("entries", entries);
        m.put("published", store.publication().decisions().get(current));
        m.put("editor", access.principal(ctx).role().includes(org.raqib.accounts.Role.EDITOR));
        m.put("grades", java.util.Arrays.stream(org.raqib.model.Grade.values()).map(org.raqib.model.Grade::code).toList());
        m.putAll(editing.model(current, claims));
        ctx.html(templates.render("history", m));
    }

    /** The watched sources, for analysts: last success and error, articles found, fetched and failed, claims found. */
    void sources(Context ctx) {
        Map<String, Object> m = pages.base(ctx, "title.sources");
        m.putAll(access.model(ctx));
        m.put("sources", store.sources().stats());
        ctx.html(templates.render("sources", m));
    }

    /** An editor publishes or withdraws an incident; the public pages follow once the record is read again. */
    void publish(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.length() > 120 || store.incidents().find(id).isEmpty()) throw new BadRequest(404, "no such incident");
        String action = ctx.formParam("action");
        if (!"publish".equals(action) && !"unpublish".equals(action)) throw new BadRequest("'action' must be publish or unpublish");
        String reason = ctx.formParam("reason");
        if (reason != null && reason.length() > 1000) throw new BadRequest("the reason is longer than 1000 characters");
        store.publication().set(id, action.equals("publish"), access.principal(ctx).name(), reason);
        ctx.redirect("/incidents/" + id + "/history", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** An editor grades an incident with a reason, on the path the CLI's {@code grade} takes. */
    void grade(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.length() > 120) throw new BadRequest(404, "no such incident");
        org.raqib.model.Grade g;
        try {
            String code = ctx.formParam("grade");
            if (code == null || !code.matches("[a-z]{1,20}")) throw new IllegalArgumentException();
            g = org.raqib.model.Grade.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("'grade' must be confirmed, fair, weak, contested or discounted");
        }
        String reason = ctx.formParam("reason");
        if (reason == null || reason.isBlank() || reason.length() > 1000) throw new BadRequest("a grade needs a reason (at most 1000 characters)");
        String graded;
        try {
            graded = inPipeline(p -> p.grade(id, g, access.principal(ctx).name(), reason));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(404, "no such incident");
        }
        ctx.redirect("/incidents/" + graded + "/history", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** The counts of a corrected claim in a line, to show an analyst what another saved. */
    private static String summary(Claim c) {
        StringBuilder b = new StringBuilder(c.kind().code() + ", " + c.stance().code());
        for (Category cat : Category.values()) {
            Count n = c.count(cat);
            if (n != null) b.append(", ").append(cat.field()).append(' ').append(Format.count(n));
        }
        return b.toString();
    }
}
