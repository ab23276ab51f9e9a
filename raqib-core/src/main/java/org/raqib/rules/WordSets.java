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
    /**
     * A bit per set on each word, so a token's membership is one cached mask, not a lookup per form.
     * The bits are the rule set's (shared with its phrase matchers): one mask a token for all of them.
     */
    private final FormBits bits;
    /** Each set's bit; 0 when the rule set's 64 bits ran out (that set is then looked up form by form). */
    private final long[] bitOf = new long[WordSet.values().length];

    /** Word sets with bits of their own. */
    public WordSets(RuleSource source) { this(source, new FormBits()); }

    /** Word sets that take their bits from {@code bits}, the rule set's. */
    public WordSets(RuleSource source, FormBits bits) {
        this.bits = bits;
        for (WordSet s : WordSet.values()) {
            bitOf[s.ordinal()] = bits.newBit();
            sets.put(s, new HashSet<>());
            rows.put(s, new HashMap<>());
        }
        for (RuleFile.Row r : RuleFile.read(source, FILE, 2, 2)) {
            WordSet set = r.kind(1, WordSet.class);
            String word = ArabicNormalizer.normalizeWord(r.col(0));
            if (word.isEmpty()) throw r.fail("no Arabic word in '" + r.col(0) + "'");
            sets.get(set).add(word);
            bits.add(word, bitOf[set.ordinal()]);
            rows.get(set).putIfAbsent(word, r);
        }
    }

    /** The normalized words of a set (unmodifiable). */
    public Set<String> get(WordSet set) { return java.util.Collections.unmodifiableSet(sets.get(set)); }

    /** The bits of a token's forms (0 for a number or a mark): OR them over a sentence to test a set once. */
    public long mask(Token t) { return t.isWord() ? t.mask(bits) : 0; }

    /** Whether a sentence whose tokens' masks OR to {@code mask} may hold a word of the set (always, for a set with no bit). */
    public boolean mayBeIn(long mask, WordSet set) {
        long bit = bitOf[set.ordinal()];
        return bit == 0 || (mask & bit) != 0;
    }

    /** Whether the token, or one of its clitic-stripped forms, is in the set. */
    public boolean has(Token t, WordSet set) {
        if (!t.isWord()) return false;
        long bit = bitOf[set.ordinal()];
        if (bit != 0) return (t.mask(bits) & bit) != 0;
        Set<String> words = sets.get(set);
        for (String f : t.forms()) if (words.contains(f)) return true;
        return false;
    }

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
