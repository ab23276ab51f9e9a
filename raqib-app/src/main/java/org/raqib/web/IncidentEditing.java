package org.raqib.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.raqib.model.SourcedClaim;
import org.raqib.store.Store;

/**
 * Editors' decisions on an incident made on its history page: merge it with another, split a
 * claim out of it, move a claim to another incident. Each goes through the pipeline as the CLI's
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
        return Map.of("claims", claims);
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
