package org.raqib.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.raqib.text.ArabicNormalizer;
import org.raqib.text.FormBits;
import org.raqib.text.Token;

/** The word sets of one rule set (words.tsv), normalized, each word with the row it came from. */
public final class WordSets {
    public static final String FILE = "words.tsv";

    private final Map<WordSet, Set<String>> sets = new EnumMap<>(WordSet.class);
    private final Map<WordSet, Map<String, RuleFile.Row>> rows = new EnumMap<>(WordSet.class);
    /** A bit per set on each word, so a token's membership is one cached mask, not a lookup per form. */
    private final FormBits members = new FormBits();

    static {
        // one bit a set in a long
        if (WordSet.values().length > 64) throw new IllegalStateException("more than 64 word sets");
    }

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
            members.add(word, bit(set));
            rows.get(set).putIfAbsent(word, r);
        }
    }

    /** The normalized words of a set (unmodifiable). */
    public Set<String> get(WordSet set) { return java.util.Collections.unmodifiableSet(sets.get(set)); }

    /** Whether the token, or one of its clitic-stripped forms, is in the set. */
    public boolean has(Token t, WordSet set) { return t.isWord() && (t.mask(members) & bit(set)) != 0; }

    private static long bit(WordSet set) { return 1L << set.ordinal(); }

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
