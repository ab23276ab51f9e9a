package org.raqib.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.raqib.json.ClaimJson;
import org.raqib.model.Assessment;
import org.raqib.model.Category;
import org.raqib.model.Incident;
import org.raqib.model.Place;
import org.raqib.model.Range;
import org.raqib.model.SourcedClaim;

/**
 * The API's JSON, with the field names of the CSV export, which an ACLED or UCDP user
 * recognises: event_date, admin1, geo_precision, actor1, fatalities_low/best/high (best is
 * the lowest source's figure, ACLED's conservative reading), civilians_low/high, ...
 */
public final class ApiJson {
    private ApiJson() {}

    public static ObjectNode incident(Incident i) {
        ObjectNode o = ClaimJson.mapper().createObjectNode();
        Assessment a = i.assessment();
        Place p = i.place();
        o.put("incident_id", i.id());
        o.put("page", "/incidents/" + i.id());
        o.put("event_date", i.date() == null ? null : i.date().from().toString());
        o.put("event_date_end", i.date() == null ? null : i.date().to().toString());
        if (i.date() == null) o.putNull("year"); else o.put("year", i.date().from().getYear());
        o.put("kind", i.kind().code());
        o.put("event_type", i.eventType().code());
        o.put("country", p == null ? null : p.country());
        o.put("admin1", p == null ? null : p.admin1());
        o.put("location", p == null ? null : p.name());
        o.put("latitude", p == null ? null : p.lat());
        o.put("longitude", p == null ? null : p.lon());
        o.put("geo_precision", p == null ? null : p.precision());
        ArrayNode actors = o.putArray("actor1");
        a.perpetrators().forEach(actors::add);
        o.put("accused_statement", a.accused().code());
        range(o, "acknowledged_civilians", a.acknowledgedCivilians());
        o.put("grade", a.grade().code());
        Range f = Format.fatalities(a);
        o.put("fatalities_low", f.min());
        o.put("fatalities_best", f.min());
        o.put("fatalities_high", f.max());
        for (Category c : List.of(Category.CIVILIANS_KILLED, Category.CHILDREN_KILLED, Category.WOMEN_KILLED,
                Category.COMBATANTS_KILLED, Category.INJURED)) {
            String name = c == Category.INJURED ? "injured" : c.field().replace("_killed", "");
            o.put(name + "_low", a.range(c).min());
            o.put(name + "_high", a.range(c).max());
        }
        o.put("sources_count", a.independentSources());
        ArrayNode claims = o.putArray("claims");
        i.claimIds().forEach(claims::add);
        return o;
    }

    /** A claim in the contract's shape (see claims.md) with its id, document, outlet, URL and incident. */
    public static ObjectNode claim(SourcedClaim sc, String url, String incidentId) {
        ObjectNode c = ClaimJson.toJson(sc.claim());
        c.put("id", sc.id());
        c.put("document", sc.docSha());
        c.put("outlet", sc.outlet());
        c.put("url", url);
        c.put("published", sc.published() == null ? null : sc.published().toString());
        c.put("incident_id", incidentId);
        return c;
    }

    public static ObjectNode document(DocumentInfo d) {
        ObjectNode o = ClaimJson.mapper().createObjectNode();
        o.put("sha256", d.sha256());
        o.put("page", "/documents/" + d.sha256());
        o.put("input_id", d.inputId());
        o.put("url", d.url());
        o.put("outlet", d.outlet());
        o.put("captured_at", d.capturedAt().toString());
        o.put("published", d.published() == null ? null : d.published().toString());
        o.put("media_type", d.mediaType());
        o.put("title", d.title());
        o.put("text_length", d.textLength());
        o.put("bytes", d.byteLength());
        return o;
    }

    private static void range(ObjectNode o, String name, Range r) {
        if (r.isEmpty()) o.putNull(name);
        else o.putObject(name).put("low", r.min()).put("high", r.max());
    }
}
