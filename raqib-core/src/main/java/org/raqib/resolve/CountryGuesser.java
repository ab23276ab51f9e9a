package org.raqib.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.raqib.extract.TsvResource;
import org.raqib.text.PhraseMatcher;
import org.raqib.text.Token;

/** Guesses the country a report is about from the places and parties it names most. */
public final class CountryGuesser {
    private static final PhraseMatcher<String> CUES = new PhraseMatcher<>();

    static {
        for (String[] row : TsvResource.read(CountryGuesser.class, "countries.tsv")) CUES.add(row[0], row[1]);
    }

    private CountryGuesser() {}

    /** The ISO code named most often in the tokens (earlier mentions break ties), or null. */
    public static String guess(List<Token> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (PhraseMatcher.Match<String> m : CUES.findAll(tokens, 0, tokens.size())) {
            counts.merge(m.value(), 1, Integer::sum);
            first.putIfAbsent(m.value(), m.from());
        }
        String best = null;
        for (var e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)
                    || (e.getValue().equals(counts.get(best)) && first.get(e.getKey()) < first.get(best))) {
                best = e.getKey();
            }
        }
        return best;
    }
}
