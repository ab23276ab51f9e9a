package org.raqib.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.raqib.json.ClaimJson;
import org.raqib.model.AccusedStatement;
import org.raqib.model.Assessment;
import org.raqib.model.Category;
import org.raqib.model.DateRange;
import org.raqib.model.EventType;
import org.raqib.model.Grade;
import org.raqib.model.Incident;
import org.raqib.model.Kind;
import org.raqib.model.Place;
import org.raqib.model.Range;

/**
 * How the store keeps an incident: named fields in the contract's vocabulary (codes, ISO
 * dates, {@code {min, max}} ranges), written and read explicitly rather than by reflecting on
 * the model, so that a refactoring of the model cannot silently change what is stored.
 */
final class StoredIncidentJson {
    private static final ObjectMapper JSON = ClaimJson.mapper();

    private StoredIncidentJson() {}

    static String write(Incident i) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", i.id());
        n.put("kind", i.kind().code());
        ArrayNode claims = n.putArray("claims");
        i.claimIds().forEach(claims::add);
        if (i.date() == null) {
            n.putNull("date");
        } else {
            ObjectNode d = n.putObject("date");
            d.put("text", i.date().text());
            d.put("from", i.date().from().toString());
            d.put("to", i.date().to().toString());
        }
        Place p = i.place();
        if (p == null) {
            n.putNull("place");
        } else {
            ObjectNode o = n.putObject("place");
            o.put("text", p.text());
            o.put("name", p.name());
            o.put("admin1", p.admin1());
            o.put("country", p.country());
            o.put("lat", p.lat());
            o.put("lon", p.lon());
            o.put("precision", p.precision());
        }
        n.put("event_type", i.eventType().code());
        Assessment a = i.assessment();
        ObjectNode o = n.putObject("assessment");
        for (Category c : Category.values()) range(o, c.field(), a.range(c));
        o.put("independent_sources", a.independentSources());
        ArrayNode perpetrators = o.putArray("perpetrators");
        a.perpetrators().forEach(perpetrators::add);
        o.put("accused_statement", a.accused().code());
        range(o, "acknowledged_civilians", a.acknowledgedCivilians());
        o.put("grade", a.grade().code());
        return n.toString();
    }

    static Incident read(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            if (!n.has("claims")) return legacy(json); // written before V4, until the next relink rewrites it
            JsonNode d = n.get("date");
            DateRange date = d == null || d.isNull() ? null : new DateRange(text(d, "text"),
                    LocalDate.parse(d.get("from").asText()), LocalDate.parse(d.get("to").asText()), null);
            JsonNode p = n.get("place");
            Place place = p == null || p.isNull() ? null : new Place(text(p, "text"), text(p, "name"), text(p, "admin1"),
                    text(p, "country"), number(p, "lat"), number(p, "lon"),
                    p.path("precision").isNull() || p.path("precision").isMissingNode() ? null : p.get("precision").asInt());
            JsonNode a = n.get("assessment");
            List<String> perpetrators = new ArrayList<>();
            a.get("perpetrators").forEach(x -> perpetrators.add(x.asText()));
            Assessment assessment = new Assessment(range(a, "killed"), range(a, "civilians_killed"),
                    range(a, "children_killed"), range(a, "women_killed"), range(a, "combatants_killed"),
                    range(a, "injured"), a.get("independent_sources").asInt(), perpetrators,
                    AccusedStatement.fromCode(a.get("accused_statement").asText()), range(a, "acknowledged_civilians"),
                    Grade.fromCode(a.get("grade").asText()));
            List<String> claims = new ArrayList<>();
            n.get("claims").forEach(x -> claims.add(x.asText()));
            return new Incident(n.get("id").asText(), Kind.fromCode(n.get("kind").asText()), claims, date, place,
                    EventType.fromCode(n.get("event_type").asText()), assessment);
        } catch (Exception e) {
            throw new StoreException("unreadable stored incident: " + e.getMessage(), e);
        }
    }

    /** Incidents stored before V4: Jackson's reflection of the model. */
    private static Incident legacy(String json) throws Exception {
        return new ObjectMapper().registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(json, Incident.class);
    }

    private static void range(ObjectNode o, String field, Range r) {
        ObjectNode n = o.putObject(field);
        n.put("min", r.min());
        n.put("max", r.max());
    }

    private static Range range(JsonNode o, String field) {
        JsonNode r = o.get(field);
        if (r == null || r.isNull() || r.path("min").isNull()) return Range.NONE;
        return new Range(r.get("min").asLong(), r.get("max").asLong());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asDouble();
    }
}
