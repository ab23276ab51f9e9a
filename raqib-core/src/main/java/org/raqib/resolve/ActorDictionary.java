package org.raqib.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.raqib.rules.RuleData;
import org.raqib.rules.RuleFile;
import org.raqib.text.PhraseMatcher;
import org.raqib.text.Token;

/**
 * Maps the names news gives to parties onto the actor codes of the claim contract: the
 * aliases are actors.tsv, the codes and what the rules know of each (armed or only
 * reporting, attacking only from the air) actor-codes.tsv. An alias with a code that
 * actor-codes.tsv does not list stops the loading. Matched on normalized tokens.
 */
public final class ActorDictionary {
    /** Code of aliases that point back to the source named last (المصدر، الوزارة). */
    public static final String PREVIOUS = "@PREVIOUS";
    /** Code of aliases that point back to the party last named with the same noun (الحركة: حركة الشباب). */
    public static final String NAMED = "@NAMED";

    private enum Role { ARMED, REPORTS }

    /** Codes of parties that fight; the others (monitors, media, medics, the UN) only report. */
    private final Set<String> armed = new HashSet<>();
    /** Codes of parties that attack only from the air. */
    private final Set<String> airOnly = new HashSet<>();
    private final Set<String> airForce = new HashSet<>();
    /** The coalition each party leads (USA: COALITION), checked against the codes once all are read. */
    private final Map<String, String> leads = new HashMap<>();
    /** Codes of parties that fight on the ground only. */
    private final Set<String> groundOnly = new HashSet<>();

    /** An alias of actors.tsv: its code, its codes by the report's country, and its row (the rule's name). */
    private record Alias(String code, Map<String, String> byCountry, boolean armed, boolean kindOnly, String rule) {
        String resolve(String country) {
            String c = country == null ? null : byCountry.get(country);
            if (c != null) return c;
            return "-".equals(code) ? null : code;
        }
    }

    /**
     * An alias found in tokens [from, to), with its code for the report's country; {@code armed}
     * when the party fights; {@code rule} is the row of actors.tsv that named it.
     */
    public record ActorMatch(int from, int to, String code, boolean armed, String rule, boolean nameBeginsWithLam) {
        public boolean isArmed() { return armed; }

        /** An alias that names no party itself: it points back to one named before. */
        public boolean pointsBack() { return PREVIOUS.equals(code) || NAMED.equals(code); }

        /** "الحركة": the party last named with the same noun (حركة الشباب), not the last source. */
        public boolean pointsToNamed() { return NAMED.equals(code); }

        /** "لجان المقاومة": the alias itself begins with ل, which is then no preposition "to". */
        public boolean beginsWithLam() { return nameBeginsWithLam; }
    }

    private final PhraseMatcher<Alias> matcher;

    public ActorDictionary(RuleData rules) {
        matcher = new PhraseMatcher<>(rules.index());
        Set<String> codes = new HashSet<>();
        for (RuleFile.Row r : RuleFile.read(rules.source(), "actor-codes.tsv", 2, 4)) {
            String code = r.col(0);
            if (!codes.add(code)) throw r.fail("code " + code + " listed twice");
            if (r.kind(1, Role.class) == Role.ARMED) armed.add(code);
            String arm = r.col(2, "").isEmpty() ? "" : r.oneOf(2, "air", "aircraft", "ground");
            if (arm.equals("air")) airOnly.add(code);
            if (arm.equals("air") || arm.equals("aircraft")) airForce.add(code);
            if (arm.equals("ground")) groundOnly.add(code);
            if (!r.col(3, "").isEmpty()) leads.put(code, r.col(3));
        }
        for (String led : leads.values()) {
            if (!codes.contains(led)) throw new IllegalArgumentException("actor-codes.tsv: unknown coalition " + led);
        }
        Set<String> written = new HashSet<>();
        Map<String, Alias> bare = new java.util.LinkedHashMap<>();
        for (RuleFile.Row r : RuleFile.read(rules.source(), "actors.tsv", 2, 3)) {
            String code = r.col(1);
            checkCode(r, code, codes);
            Map<String, String> overrides = new HashMap<>();
            boolean armedParty = false, kindOnly = false, withArticleOnly = false;
            for (String o : r.col(2, "").split("\\s+")) {
                if (o.isEmpty()) continue;
                String[] kv = o.split("=");
                if (kv.length == 2 && kv[0].matches("[A-Z]{2}")) {
                    checkCode(r, kv[1], codes);
                    overrides.put(kv[0], kv[1]);
                } else if (o.equals("armed")) {
                    armedParty = true;
                } else if (o.equals("kind")) {
                    kindOnly = true;
                } else if (o.equals("article")) {
                    withArticleOnly = true;
                } else {
                    throw r.fail("'" + o + "' in column 3 is neither COUNTRY=CODE, 'armed', 'kind' nor 'article'");
                }
            }
            String alias = org.raqib.text.ArabicNormalizer.normalizeWord(r.col(0));
            Alias value = new Alias(code, overrides, armedParty, kindOnly, r.where());
            matcher.add(alias, value);
            written.add(alias);
            // "قال سكان إن"، "شرطة بغداد": a name written with the article is read without it too (not words that
            // point back, "المتحدث نفسه", nor the few that name many things without it)
            if (alias.startsWith("ال") && alias.length() > 4 && !code.equals(PREVIOUS) && !code.equals(NAMED) && !withArticleOnly) {
                bare.put(alias.substring(2), value);
            }
        }
        for (var e : bare.entrySet()) if (!written.contains(e.getKey())) matcher.add(e.getKey(), e.getValue());
    }

    private static void checkCode(RuleFile.Row r, String code, Set<String> codes) {
        if (!code.equals("-") && !code.equals(PREVIOUS) && !code.equals(NAMED) && !codes.contains(code)) {
            throw r.fail("unknown actor code " + code + " (not in actor-codes.tsv)");
        }
    }

    /** Whether the code is of a party that fights. */
    public boolean isArmed(String code) { return code != null && armed.contains(code); }

    /** Whether the party attacks only from the air (a bare "قصف" of theirs is an airstrike). */
    public boolean attacksOnlyFromTheAir(String code) { return code != null && airOnly.contains(code); }

    /** Whether two parties are one side: the same code, or a party and the coalition it leads. */
    public boolean sameSide(String a, String b) {
        return a != null && b != null && (a.equals(b) || b.equals(leads.get(a)) || a.equals(leads.get(b)));
    }

    /** Whether the party fights on the ground only (an attack of theirs with no kind named is a clash). */
    public boolean fightsOnTheGround(String code) { return code != null && groundOnly.contains(code); }

    /** Whether the party strikes from the air (only, or with aircraft of its own abroad): "the army said a raid killed 9" is its raid. */
    public boolean strikesFromTheAir(String code) { return code != null && airForce.contains(code); }

    /** All actor mentions in tokens [from, to), longest first, for a report about {@code country}. */
    public List<ActorMatch> find(List<Token> tokens, int from, int to, String country) {
        List<ActorMatch> out = new ArrayList<>();
        List<PhraseMatcher.Match<Alias>> found = matcher.findAll(tokens, from, to);
        for (PhraseMatcher.Match<Alias> m : found) {
            String code = m.value().resolve(country);
            if (code != null && !(m.value().kindOnly() && nameFollows(found, m))) {
                out.add(new ActorMatch(m.from(), m.to(), code, m.value().armed() || armed.contains(code), m.value().rule(),
                        m.phrase().startsWith("ل") && !m.phrase().startsWith("ال")));
            }
        }
        return out;
    }

    /** "منظمة الدفاع المدني": a noun of a kind of body (a 'kind' row) yields to the name right after it. */
    private static boolean nameFollows(List<PhraseMatcher.Match<Alias>> found, PhraseMatcher.Match<Alias> m) {
        for (PhraseMatcher.Match<Alias> n : found) if (n.from() == m.to()) return true;
        return false;
    }

    /** The code of a whole name (e.g. "طيران التحالف"), or null when it names no known actor. */
    public String codeOf(List<Token> tokens, String country) {
        if (tokens.isEmpty()) return null;
        PhraseMatcher.Match<Alias> m = matcher.matchAt(tokens, 0, tokens.size());
        return m == null || m.to() != tokens.size() ? null : m.value().resolve(country);
    }
}
