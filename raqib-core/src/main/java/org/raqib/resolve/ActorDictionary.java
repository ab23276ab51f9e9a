package org.raqib.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.raqib.extract.TsvResource;
import org.raqib.text.PhraseMatcher;
import org.raqib.text.Token;

/**
 * Maps the names news gives to parties onto the actor codes of the claim contract, from the
 * data file actors.tsv beside this class. Loaded once; matched on normalized tokens.
 */
public final class ActorDictionary {
    /** Code of aliases that point back to the source named last (المصدر، الوزارة). */
    public static final String PREVIOUS = "@PREVIOUS";

    /** Codes of parties that fight; the others (monitors, media, medics, the UN) only report. */
    private static final Set<String> ARMED = Set.of("COALITION", "USA", "RUSSIA", "SYRIA_GOV", "IRAQ_GOV", "PMF",
            "SDF", "ISIS", "TURKEY", "SAUDI_COALITION", "HOUTHIS", "ISRAEL", "HAMAS", "LNA", "GNA");

    private record Alias(String code, Map<String, String> byCountry, boolean armed) {
        String resolve(String country) {
            String c = country == null ? null : byCountry.get(country);
            if (c != null) return c;
            return "-".equals(code) ? null : code;
        }
    }

    /** An alias found in tokens [from, to), with its code for the report's country. */
    public record ActorMatch(int from, int to, String code, boolean armedParty) {
        public boolean isArmed() { return armedParty || ARMED.contains(code); }

        public boolean pointsBack() { return PREVIOUS.equals(code); }
    }

    private static final ActorDictionary DEFAULT = new ActorDictionary(TsvResource.read(ActorDictionary.class, "actors.tsv"));

    private final PhraseMatcher<Alias> matcher = new PhraseMatcher<>();

    public ActorDictionary(List<String[]> rows) {
        for (String[] row : rows) {
            Map<String, String> overrides = new HashMap<>();
            boolean armed = false;
            if (row.length > 2) {
                for (String o : row[2].split("\\s+")) {
                    String[] kv = o.split("=");
                    if (kv.length == 2) overrides.put(kv[0], kv[1]);
                    else if (o.equals("armed")) armed = true;
                }
            }
            matcher.add(row[0], new Alias(row[1], overrides, armed));
        }
    }

    public static ActorDictionary defaults() { return DEFAULT; }

    public static boolean isArmed(String code) { return code != null && ARMED.contains(code); }

    /** All actor mentions in tokens [from, to), longest first, for a report about {@code country}. */
    public List<ActorMatch> find(List<Token> tokens, int from, int to, String country) {
        List<ActorMatch> out = new ArrayList<>();
        for (PhraseMatcher.Match<Alias> m : matcher.findAll(tokens, from, to)) {
            String code = m.value().resolve(country);
            if (code != null) out.add(new ActorMatch(m.from(), m.to(), code, m.value().armed()));
        }
        return out;
    }

    /** The code of a whole name (e.g. "طيران التحالف"), or null when it names no known actor. */
    public String codeOf(List<Token> tokens, String country) {
        if (tokens.isEmpty()) return null;
        PhraseMatcher.Match<Alias> m = matcher.matchAt(tokens, 0, tokens.size());
        return m == null || m.to() != tokens.size() ? null : m.value().resolve(country);
    }
}
