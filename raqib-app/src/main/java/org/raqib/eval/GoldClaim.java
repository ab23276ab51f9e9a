package org.raqib.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.raqib.json.ClaimJson;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.Count;

/**
 * One annotated claim of a gold file: the claim itself, the other values the scorer also
 * takes as right ({@code accept}, keyed by attribute name, see {@link Scorer#ATTRIBUTES}, or
 * by count field, e.g. {@code civilians_killed}), the sentence the claim rests on
 * ({@code evidence_text}), shown in reports, and the label of the real event it is about
 * ({@code incident}, null for anything else), against which linking is scored.
 *
 * <p>The accept values are checked here rather than when scoring, so a mistyped gold file
 * fails on reading with a message instead of quietly scoring an alternative as wrong:
 * keys must be scored attributes or count fields; values are JSON null (the attribute or
 * count may be absent), a string code for kind, stance, event_type, source and perpetrator,
 * an object {@code {"from","to"}} (ISO dates) for date, an object {@code {"admin1","country"}}
 * for place, a count object {@code {"low","best","high","text"}} for a count field.
 * A Java null in a list is taken as JSON null.
 */
public record GoldClaim(Claim claim, Map<String, List<JsonNode>> accept, String evidenceText, String incident) {

    public GoldClaim {
        if (claim == null) throw new IllegalArgumentException("gold claim is null");
        Map<String, List<JsonNode>> copy = new LinkedHashMap<>();
        if (accept != null) {
            accept.forEach((attribute, values) -> {
                List<JsonNode> list = new ArrayList<>();
                if (values != null) for (JsonNode v : values) list.add(v == null ? NullNode.getInstance() : v);
                list.forEach(v -> check(attribute, v));
                copy.put(attribute, Collections.unmodifiableList(list));
            });
        }
        accept = Collections.unmodifiableMap(copy);
    }

    public GoldClaim(Claim claim, Map<String, List<JsonNode>> accept, String evidenceText) {
        this(claim, accept, evidenceText, null);
    }

    public GoldClaim(Claim claim) { this(claim, Map.of(), null); }

    /** The accepted alternatives for one attribute, empty when there are none. */
    public List<JsonNode> accepted(String attribute) {
        return accept.getOrDefault(attribute, List.of());
    }

    /** The accepted alternative counts for one category, a null element for "may be absent"; empty when none. */
    public List<Count> acceptedCounts(Category category) {
        List<Count> out = new ArrayList<>();
        for (JsonNode v : accepted(category.field())) {
            String where = "accept." + category.field() + ".";
            out.add(v.isNull() ? null : new Count(wholeOrNull(v.get("low"), where + "low"),
                    wholeOrNull(v.get("best"), where + "best"), wholeOrNull(v.get("high"), where + "high"),
                    stringOrNull(v.get("text"), where + "text: "), null));
        }
        return out;
    }

    /** The same claim with other counts (an accepted alternative chosen by the scorer). */
    GoldClaim withCounts(Map<Category, Count> counts) {
        Claim c = claim;
        return new GoldClaim(new Claim(c.doc(), c.kind(), c.stance(), c.source(), c.perpetrator(), c.eventType(),
                c.date(), c.place(), counts, c.evidence()), accept, evidenceText, incident);
    }

    /**
     * A gold claim as the corpus writes it: the contract's fields without {@code doc} and
     * {@code evidence}, plus {@code evidence_text} and optional {@code accept}. The claim's
     * {@code doc} is set to {@code docId} when the object has none. When there is no
     * {@code evidence_text} the text of an {@code evidence} span is used, so extractor output
     * can serve as gold too.
     */
    public static GoldClaim fromJson(JsonNode n, String docId) {
        Claim c = ClaimJson.fromJson(n);
        if (c.doc() == null) {
            c = new Claim(docId, c.kind(), c.stance(), c.source(), c.perpetrator(), c.eventType(),
                    c.date(), c.place(), c.counts(), c.evidence());
        }
        String evidence = null;
        JsonNode et = n.get("evidence_text");
        if (et != null && !et.isNull()) {
            if (!et.isTextual()) throw new IllegalArgumentException("evidence_text: expected a string");
            evidence = et.textValue();
        } else if (c.evidence() != null) {
            evidence = c.evidence().text();
        }
        JsonNode label = n.get("incident");
        String incident = stringOrNull(label, "incident: ");
        return new GoldClaim(c, readAccept(n.get("accept")), evidence, incident);
    }

    private static Map<String, List<JsonNode>> readAccept(JsonNode a) {
        Map<String, List<JsonNode>> accept = new LinkedHashMap<>();
        if (a == null || a.isNull()) return accept;
        if (!a.isObject()) throw new IllegalArgumentException("accept: expected an object");
        for (Map.Entry<String, JsonNode> e : a.properties()) {
            List<JsonNode> values = new ArrayList<>();
            // The corpus writes lists; a single bare value is taken as a list of one.
            if (e.getValue().isArray()) e.getValue().forEach(values::add);
            else values.add(e.getValue());
            accept.put(e.getKey(), values);
        }
        return accept;
    }

    private static void check(String attribute, JsonNode v) {
        boolean count = isCountField(attribute);
        if (!count && !Scorer.ATTRIBUTES.contains(attribute)) {
            throw new IllegalArgumentException("accept: '" + attribute + "' is neither a scored attribute "
                    + Scorer.ATTRIBUTES + " nor a count field");
        }
        if (v.isNull()) return;
        String where = "accept." + attribute + ": ";
        if (count) {
            if (!v.isObject()) throw new IllegalArgumentException(where + "expected a count {low, best, high, text} or null, got " + v);
            for (String bound : List.of("low", "best", "high")) wholeOrNull(v.get(bound), where + bound);
            stringOrNull(v.get("text"), where + "text: ");
            return;
        }
        switch (attribute) {
            case "date" -> {
                if (!v.isObject()) throw new IllegalArgumentException(where + "expected {from, to} or null, got " + v);
                isoDateOrNull(v.get("from"), where);
                isoDateOrNull(v.get("to"), where);
            }
            case "place" -> {
                if (!v.isObject()) throw new IllegalArgumentException(where + "expected {admin1, country} or null, got " + v);
                stringOrNull(v.get("admin1"), where);
                stringOrNull(v.get("country"), where);
            }
            default -> {
                if (!v.isTextual()) throw new IllegalArgumentException(where + "expected a code or null, got " + v);
            }
        }
    }

    /** The ISO date of an accept value's {@code from}/{@code to}; missing or null gives null. */
    static LocalDate isoDateOrNull(JsonNode v, String where) {
        String s = stringOrNull(v, where);
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + "not an ISO date: '" + s + "'", e);
        }
    }

    static boolean isCountField(String name) {
        for (Category c : Category.values()) if (c.field().equals(name)) return true;
        return false;
    }

    private static Long wholeOrNull(JsonNode v, String where) {
        if (v == null || v.isNull()) return null;
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < 0) {
            throw new IllegalArgumentException(where + ": expected a whole number or null, got " + v);
        }
        return v.longValue();
    }

    static String stringOrNull(JsonNode v, String where) {
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new IllegalArgumentException(where + "expected a string, got " + v);
        return v.textValue();
    }
}
