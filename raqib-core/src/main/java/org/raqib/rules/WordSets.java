package org.raqib.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.raqib.text.ArabicNormalizer;
import org.raqib.text.Token;

/** The word sets of one rule set (words.tsv), normalized, each word with the row it came from. */
public final class WordSets {
    public static final String FILE = "words.tsv";

    private final Map<WordSet, Set<String>> sets = new EnumMap<>(WordSet.class);
    private final Map<WordSet, Map<String, RuleFile.Row>> rows = new EnumMap<>(WordSet.class);

    public WordSets(RuleSource source) {
        for (WordSet s : WordSet.values()) {
            sets.put(s, new HashSet<>());
            rows.put(s, new HashMap<>());
        }
        for (RuleFile.Row r : RuleFile.read(source, FILE, 2, 2)) {
            WordSet set = r.kind(1, WordSet.class);
            String word = ArabicNormalizer.normalizeWord(r.col(0));
            if (word.isEmpty()) throw r.fail("no Arabic word in '" + r.col(0) + "'");
            sets.get(set).add(word);
            rows.get(set).putIfAbsent(word, r);
        }
    }

    /** The normalized words of a set (unmodifiable). */
    public Set<String> get(WordSet set) { return java.util.Collections.unmodifiableSet(sets.get(set)); }

    /** Whether the token, or one of its clitic-stripped forms, is in the set. */
    public boolean has(Token t, WordSet set) { return t.hasAnyForm(sets.get(set)); }

    /** Whether the token's normalized surface itself is in the set (no clitics stripped). */
    public boolean isExactly(Token t, WordSet set) { return sets.get(set).contains(t.text()); }

    /** The row a word of a set came from (its rule name), or null. */
    public RuleFile.Row rowOf(WordSet set, String normalizedWord) { return rows.get(set).get(normalizedWord); }

    /** The phrases of a set split into their words (for multi-word entries such as "اقرأ أيضا"). */
    public List<String[]> phrases(WordSet set) {
        List<String[]> out = new ArrayList<>();
        for (String p : sets.get(set)) out.add(p.split(" "));
        return out;
    }
}
