package org.raqib.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.raqib.rules.RuleData;
import org.raqib.rules.RuleFile;
import org.raqib.text.PhraseMatcher;
import org.raqib.text.Token;

/** Guesses the country a report is about from the places and parties it names most (countries.tsv). */
public final class CountryGuesser {
    private final PhraseMatcher<String> cues;

    public CountryGuesser(RuleData rules) {
        cues = new PhraseMatcher<>(rules.index());
        for (RuleFile.Row r : RuleFile.read(rules.source(), "countries.tsv", 2, 2)) {
            if (!r.col(1).matches("[A-Z]{2}")) throw r.fail("'" + r.col(1) + "' is not an ISO 3166-1 alpha-2 code");
            cues.add(r.col(0), r.col(1));
        }
    }

    /** The ISO code named most often in the tokens (earlier mentions break ties), or null. */
    public String guess(List<Token> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (PhraseMatcher.Match<String> m : cues.findAll(tokens, 0, tokens.size())) {
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
