package org.raqib.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.raqib.model.ActorMention;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.Count;
import org.raqib.model.DateRange;
import org.raqib.model.Document;
import org.raqib.model.EventType;
import org.raqib.model.Kind;
import org.raqib.model.Place;
import org.raqib.model.Span;
import org.raqib.model.Stance;

/**
 * The JSON shapes of the claim contract ({@code shared/spec/claims.md}): a {@link Claim} as
 * {@code raqib extract} writes it and the gold files hold it, and the input {@link Document}.
 *
 * <p>Writing follows the contract exactly (field order, explicit nulls, all six counts), so
 * output can be diffed against gold. Reading is tolerant of missing fields (read as null)
 * because gold claims omit {@code doc} and {@code evidence}; it is strict about values that
 * are present but wrong (an unknown code, a number written as a string), because silently
 * reading those as null would score a broken gold file as if it were right.
 *
 * <p>Only what the contract holds is written: the spans of source, perpetrator, date, place
 * and counts are positions inside the extractor, not contract fields, so they are dropped
 * on writing and read back as null. The evidence span is kept.
 */
public final class ClaimJson {

    /**
     * Thread-safe once built. Duplicate keys and trailing content are errors: in a gold file
     * both mean a hand-editing mistake that would otherwise drop data silently.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ClaimJson() {}

    /** The shared mapper used to read and write contract JSON. Do not reconfigure it. */
    public static ObjectMapper mapper() { return MAPPER; }

    // ---------------------------------------------------------------- claims

    /** The claim in the contract's shape and field order, nulls written explicitly. */
    public static ObjectNode toJson(Claim c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("doc", c.doc());
        n.put("kind", c.kind() == null ? null : c.kind().code());
        n.put("stance", c.stance() == null ? null : c.stance().code());
        n.set("source", actor(c.source()));
        n.set("perpetrator", actor(c.perpetrator()));
        n.put("event_type", c.eventType() == null ? null : c.eventType().code());
        n.set("date", date(c.date()));
        n.set("place", place(c.place()));
        for (Category cat : Category.values()) n.set(cat.field(), count(c.count(cat)));
        n.set("evidence", span(c.evidence()));
        return n;
    }

    /**
     * The claim a contract object describes. Missing fields are null (absent counts are
     * absent from {@code counts}); a gold claim's {@code evidence_text} is not a span, so
     * such a claim has null evidence (see {@code GoldClaim} for the text).
     *
     * @throws IllegalArgumentException naming the field, when a present value is malformed
     */
    public static Claim fromJson(JsonNode n) {
        if (n == null || !n.isObject()) throw new IllegalArgumentException("claim is not a JSON object");
        Map<Category, Count> counts = new EnumMap<>(Category.class);
        for (Category cat : Category.values()) {
            Count count = inField(n, cat.field(), ClaimJson::readCount);
            if (count != null) counts.put(cat, count);
        }
        return new Claim(
                text(n, "doc"),
                inField(n, "kind", v -> code(v, Kind::fromCode)),
                inField(n, "stance", v -> code(v, Stance::fromCode)),
                inField(n, "source", ClaimJson::readActor),
                inField(n, "perpetrator", ClaimJson::readActor),
                inField(n, "event_type", v -> code(v, EventType::fromCode)),
                inField(n, "date", ClaimJson::readDate),
                inField(n, "place", ClaimJson::readPlace),
                counts,
                inField(n, "evidence", ClaimJson::readSpan));
    }

    // ---------------------------------------------------------------- documents

    /** The input document in the contract's field order. */
    public static ObjectNode toJson(Document d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", d.id());
        n.put("url", d.url());
        n.put("published", d.published() == null ? null : d.published().toString());
        n.put("lang", d.lang());
        n.put("title", d.title());
        n.put("text", d.text());
        return n;
    }

    /**
     * The input document; {@code id} and {@code text} are required, the rest may be missing.
     * Other fields (a gold file's {@code gold}, {@code notes}) are ignored.
     */
    public static Document documentFromJson(JsonNode n) {
        if (n == null || !n.isObject()) throw new IllegalArgumentException("document is not a JSON object");
        String id = text(n, "id");
        if (id == null) throw new IllegalArgumentException("document has no id");
        String body = text(n, "text");
        if (body == null) throw new IllegalArgumentException("document " + id + " has no text");
        return new Document(id, text(n, "url"), inField(n, "published", ClaimJson::isoDate),
                text(n, "lang"), text(n, "title"), body);
    }

    // ---------------------------------------------------------------- writing parts

    private static ObjectNode actor(ActorMention a) {
        if (a == null) return null;
        ObjectNode n = MAPPER.createObjectNode();
        n.put("text", a.text());
        n.put("actor", a.actor());
        return n;
    }

    private static ObjectNode date(DateRange d) {
        if (d == null) return null;
        ObjectNode n = MAPPER.createObjectNode();
        n.put("text", d.text());
        n.put("from", d.from() == null ? null : d.from().toString());
        n.put("to", d.to() == null ? null : d.to().toString());
        return n;
    }

    private static ObjectNode place(Place p) {
        if (p == null) return null;
        ObjectNode n = MAPPER.createObjectNode();
        n.put("text", p.text());
        n.put("name", p.name());
        n.put("admin1", p.admin1());
        n.put("country", p.country());
        n.put("lat", p.lat());
        n.put("lon", p.lon());
        n.put("precision", p.precision());
        return n;
    }

    private static ObjectNode count(Count c) {
        if (c == null) return null;
        ObjectNode n = MAPPER.createObjectNode();
        n.put("low", c.low());
        n.put("best", c.best());
        n.put("high", c.high());
        n.put("text", c.text());
        return n;
    }

    private static ObjectNode span(Span s) {
        if (s == null) return null;
        ObjectNode n = MAPPER.createObjectNode();
        n.put("start", s.start());
        n.put("end", s.end());
        n.put("text", s.text());
        return n;
    }

    // ---------------------------------------------------------------- reading parts

    /**
     * Reads a present, non-null field with {@code reader}; missing or JSON null gives null.
     * Errors are prefixed with the field name so a message leads to the faulty spot.
     */
    private static <T> T inField(JsonNode n, String field, Function<JsonNode, T> reader) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        try {
            return reader.apply(v);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode n, String field) {
        return inField(n, field, ClaimJson::string);
    }

    private static String string(JsonNode v) {
        if (!v.isTextual()) throw new IllegalArgumentException("expected a string, got " + v);
        return v.textValue();
    }

    private static <T> T code(JsonNode v, Function<String, T> fromCode) {
        String s = string(v);
        try {
            return fromCode.apply(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown code '" + s + "'", e);
        }
    }

    private static ActorMention readActor(JsonNode v) {
        object(v);
        return new ActorMention(text(v, "text"), text(v, "actor"));
    }

    /** A date object {text, from, to}. */
    private static DateRange readDate(JsonNode v) {
        object(v);
        return new DateRange(text(v, "text"), inField(v, "from", ClaimJson::isoDate),
                inField(v, "to", ClaimJson::isoDate));
    }

    private static LocalDate isoDate(JsonNode v) {
        String s = string(v);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO date: '" + s + "'", e);
        }
    }

    private static Place readPlace(JsonNode v) {
        object(v);
        return new Place(text(v, "text"), text(v, "name"), text(v, "admin1"), text(v, "country"),
                inField(v, "lat", ClaimJson::decimal), inField(v, "lon", ClaimJson::decimal),
                inField(v, "precision", x -> Math.toIntExact(integer(x))));
    }

    private static Count readCount(JsonNode v) {
        object(v);
        return new Count(inField(v, "low", ClaimJson::integer), inField(v, "best", ClaimJson::integer),
                inField(v, "high", ClaimJson::integer), text(v, "text"), null);
    }

    private static Span readSpan(JsonNode v) {
        object(v);
        Long start = inField(v, "start", ClaimJson::integer);
        Long end = inField(v, "end", ClaimJson::integer);
        if (start == null || end == null) throw new IllegalArgumentException("span needs start and end");
        return new Span(Math.toIntExact(start), Math.toIntExact(end), text(v, "text"));
    }

    private static void object(JsonNode v) {
        if (!v.isObject()) throw new IllegalArgumentException("expected an object, got " + v);
    }

    /** A whole number; 38.0 is accepted, "38" and 38.5 are not (asLong() would turn them into 0 or 38). */
    private static Long integer(JsonNode v) {
        if (v.isIntegralNumber() && v.canConvertToLong()) return v.longValue();
        if (v.isNumber() && v.doubleValue() == Math.rint(v.doubleValue())) return (long) v.doubleValue();
        throw new IllegalArgumentException("expected a whole number, got " + v);
    }

    private static Double decimal(JsonNode v) {
        if (!v.isNumber()) throw new IllegalArgumentException("expected a number, got " + v);
        return v.doubleValue();
    }
}
