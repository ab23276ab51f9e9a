package org.raqib.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.Map;
import org.raqib.json.ClaimJson;
import org.raqib.model.ActorMention;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.Count;
import org.raqib.model.DateRange;
import org.raqib.model.Place;
import org.raqib.model.Span;

/**
 * How the store keeps a claim: the contract's JSON ({@link ClaimJson}), plus one extension
 * object, {@code spans}, with where in the document each value was read (the contract keeps
 * only the evidence span; pages that highlight a figure in its paragraph need the rest).
 */
final class StoredClaimJson {
    private static final ObjectMapper JSON = ClaimJson.mapper();

    private StoredClaimJson() {}

    static String write(Claim c) {
        ObjectNode n = ClaimJson.toJson(c);
        ObjectNode spans = JSON.createObjectNode();
        put(spans, "source", c.source() == null ? null : c.source().span());
        put(spans, "perpetrator", c.perpetrator() == null ? null : c.perpetrator().span());
        put(spans, "date", c.date() == null ? null : c.date().span());
        put(spans, "place", c.place() == null ? null : c.place().span());
        for (Category cat : Category.values()) put(spans, cat.field(), c.count(cat) == null ? null : c.count(cat).span());
        n.set("spans", spans);
        return n.toString();
    }

    static Claim read(String json) {
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (Exception e) {
            throw new StoreException("unreadable stored claim: " + e.getMessage(), e);
        }
        if (!n.has("spans")) return legacy(json); // written before V4, until the next extraction rewrites it
        JsonNode spans = ((ObjectNode) n).remove("spans");
        Claim c = ClaimJson.fromJson(n);
        if (spans == null || !spans.isObject()) return c;
        ActorMention source = c.source() == null ? null
                : new ActorMention(c.source().text(), c.source().actor(), span(spans, "source"));
        ActorMention perpetrator = c.perpetrator() == null ? null
                : new ActorMention(c.perpetrator().text(), c.perpetrator().actor(), span(spans, "perpetrator"));
        DateRange date = c.date() == null ? null
                : new DateRange(c.date().text(), c.date().from(), c.date().to(), span(spans, "date"));
        Place p = c.place();
        Place place = p == null ? null
                : new Place(p.text(), p.name(), p.admin1(), p.country(), p.lat(), p.lon(), p.precision(), span(spans, "place"));
        Map<Category, Count> counts = new EnumMap<>(Category.class);
        c.counts().forEach((cat, k) -> counts.put(cat,
                new Count(k.low(), k.best(), k.high(), k.text(), span(spans, cat.field()))));
        return new Claim(c.doc(), c.kind(), c.stance(), source, perpetrator, c.eventType(), date, place, counts,
                c.evidence());
    }

    /** Claims stored before the contract's JSON was used: Jackson's reflection of the model. */
    private static Claim legacy(String json) {
        try {
            return new ObjectMapper().registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                    .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(json, Claim.class);
        } catch (Exception e) {
            throw new StoreException("unreadable stored claim: " + e.getMessage(), e);
        }
    }

    private static void put(ObjectNode spans, String field, Span s) {
        if (s == null) return;
        ObjectNode n = spans.putObject(field);
        n.put("start", s.start());
        n.put("end", s.end());
        n.put("text", s.text());
    }

    private static Span span(JsonNode spans, String field) {
        JsonNode s = spans.get(field);
        if (s == null || !s.isObject()) return null;
        return new Span(s.get("start").asInt(), s.get("end").asInt(), s.path("text").isNull() ? null : s.path("text").asText());
    }
}
