package org.raqib.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.raqib.model.Grade;
import org.raqib.model.SourcedClaim;
import org.raqib.store.GradeProposals;
import org.raqib.store.Store;

/**
 * Decisions on an incident made on its history page: editors merge it with another, split a
 * claim out of it, move a claim to another incident; analysts propose a grade that an editor
 * accepts or declines. Each goes through the pipeline as the CLI's
 * {@code raqib link} does (kept as constraints every later relink respects, audited with the
 * editor's reason) and the editor is taken to the incident the decision left.
 */
final class IncidentEditing {
    private static final String ID = "[A-Za-z0-9_-]{1,120}";

    private final Workbench wb;

    IncidentEditing(Workbench wb) { this.wb = wb; }

    /** The incident's claims with the forms to move or split them (editors), for its history page. */
    Map<String, Object> model(String incident, List<String> claimIds) {
        Store store = wb.store();
        List<Map<String, Object>> claims = new ArrayList<>();
        for (SourcedClaim c : store.claims().byIds(claimIds)) {
            Map<String, Object> r = new HashMap<>();
            r.put("id", c.id());
            r.put("outlet", c.outlet());
            r.put("published", c.published() == null ? "" : c.published().toString());
            r.put("evidence", c.claim().evidence() == null ? "" : c.claim().evidence().text());
            claims.add(r);
        }
        claims.sort(java.util.Comparator.comparing(r -> (String) r.get("id")));
        List<GradeProposals.Proposal> proposals = store.gradeProposals().open().stream()
                .filter(p -> incident.equals(store.incidents().current(p.incidentId()).orElse(p.incidentId()))).toList();
        return Map.of("claims", claims, "proposals", proposals);
    }

    /** An analyst proposes a grade with a reason, for an editor to accept or decline. */
    void proposeGrade(Context ctx) {
        String id = existingIncident(ctx);
        Grade grade = grade(ctx);
        String reason = reason(ctx);
        wb.store().gradeProposals().propose(id, grade, wb.access().principal(ctx).name(), reason);
        ctx.redirect("/incidents/" + id + "/history", HttpStatus.SEE_OTHER);
    }

    /** An editor accepts a proposal: the grade is set through the pipeline, as the CLI's {@code grade} sets it. */
    void acceptProposal(Context ctx) {
        decide(ctx, true);
    }

    void declineProposal(Context ctx) {
        decide(ctx, false);
    }

    private void decide(Context ctx, boolean accept) {
        String number = ctx.pathParam("id");
        if (!number.matches("[0-9]{1,15}")) throw new BadRequest(404, "no such grade proposal");
        GradeProposals.Proposal p = wb.store().gradeProposals().find(Long.parseLong(number))
                .orElseThrow(() -> new BadRequest(404, "no such grade proposal"));
        String note = ctx.formParam("reason");
        if (note != null && note.length() > 1000) throw new BadRequest("the reason is longer than 1000 characters");
        String editor = wb.access().principal(ctx).name();
        String incident = wb.store().incidents().current(p.incidentId()).orElse(p.incidentId());
        if (accept && wb.store().incidents().find(incident).isEmpty()) throw new BadRequest(409, "its incident is gone: decline it");
        try {
            wb.store().gradeProposals().decide(p.id(), accept, editor, note);
        } catch (GradeProposals.AlreadyDecided e) {
            throw new BadRequest(409, e.getMessage());
        }
        if (accept) {
            String why = "proposed by " + p.proposer() + ": " + p.reason() + (note == null || note.isBlank() ? "" : " (" + note.strip() + ")");
            incident = wb.inPipeline(pipeline -> pipeline.grade(p.incidentId(), p.grade(), editor, why));
        }
        ctx.redirect("/incidents/" + incident + "/history", HttpStatus.SEE_OTHER);
    }

    static Grade grade(Context ctx) {
        try {
            String code = ctx.formParam("grade");
            if (code == null || !code.matches("[a-z]{1,20}")) throw new IllegalArgumentException();
            return Grade.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("'grade' must be confirmed, fair, weak, contested or discounted");
        }
    }

    /** Merges the incident of the path with the one the form names. */
    void merge(Context ctx) {
        String id = existingIncident(ctx);
        String other = ctx.formParam("other");
        if (other == null || !(other = other.strip()).matches(ID)) throw new BadRequest("'other' must be the id of an incident");
        String otherNow = wb.store().incidents().current(other).orElse(other);
        if (wb.store().incidents().find(otherNow).isEmpty()) throw new BadRequest("no incident '" + other + "' to merge with");
        if (otherNow.equals(id)) throw new BadRequest("an incident cannot be merged with itself");
        String reason = reason(ctx);
        String who = wb.access().principal(ctx).name();
        String merged = wb.inPipeline(p -> p.merge(id, otherNow, who, reason));
        ctx.redirect("/incidents/" + merged + "/history", HttpStatus.SEE_OTHER);
    }

    /** Splits the claim of the path out of its incident into one of its own. */
    void split(Context ctx) {
        String claim = claimInAnIncident(ctx);
        String reason = reason(ctx);
        String who = wb.access().principal(ctx).name();
        String now = wb.inPipeline(p -> p.split(claim, who, reason));
        ctx.redirect("/incidents/" + now + "/history", HttpStatus.SEE_OTHER);
    }

    /** Moves the claim of the path into the incident the form names. */
    void move(Context ctx) {
        String claim = claimInAnIncident(ctx);
        String target = ctx.formParam("incident");
        if (target == null || !(target = target.strip()).matches(ID)) throw new BadRequest("'incident' must be the id of an incident");
        String targetNow = wb.store().incidents().current(target).orElse(target);
        if (wb.store().incidents().find(targetNow).isEmpty()) throw new BadRequest("no incident '" + target + "' to move the claim to");
        String from = wb.store().incidents().ofClaims(List.of(claim)).get(claim);
        if (targetNow.equals(from)) throw new BadRequest("the claim is in " + from + " already");
        String reason = reason(ctx);
        String who = wb.access().principal(ctx).name();
        String now = wb.inPipeline(p -> p.move(claim, targetNow, who, reason));
        ctx.redirect("/incidents/" + now + "/history", HttpStatus.SEE_OTHER);
    }

    /** The current id of the path's incident (one merged away is followed), or 404. */
    String existingIncident(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches(ID)) throw new BadRequest(404, "no such incident");
        String now = wb.store().incidents().current(id).orElse(id);
        if (wb.store().incidents().find(now).isEmpty()) throw new BadRequest(404, "no such incident");
        return now;
    }

    private String claimInAnIncident(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches(ID) || wb.store().incidents().ofClaims(List.of(id)).get(id) == null) {
            throw new BadRequest(404, "no such claim in an incident");
        }
        return id;
    }

    /** An editor's decision says why: required, at most 1000 characters. */
    static String reason(Context ctx) {
        String reason = ctx.formParam("reason");
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new BadRequest("a decision needs a reason (at most 1000 characters)");
        }
        return reason.strip();
    }
}
