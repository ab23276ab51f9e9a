package org.raqib.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the longest dictionary phrase starting at a token. Phrase words are normalized;
 * a token matches a phrase word when any of its clitic forms equals it, so "للتحالف الدولي"
 * matches the phrase "التحالف الدولي". Quotes, brackets and '#' between words are skipped
 * (تنظيم "داعش", #دير_الزور). A matcher belongs to one rule set: it is filled while the
 * rule set loads and only read afterwards.
 */
public final class PhraseMatcher<V> {
    public record Match<V>(int from, int to, V value, String phrase) {}

    private record Entry<V>(String[] words, V value, String phrase) {}

    private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();
    /** The index of first words this matcher shares with its rule set's others; null: look every token up. */
    private final FormBits index;
    private final long bit;

    /** A matcher on its own, that looks up every token. */
    public PhraseMatcher() { this(null); }

    /** A matcher whose first words join {@code index}, so most tokens are rejected by one bit test. */
    public PhraseMatcher(FormBits index) {
        this.index = index;
        this.bit = index == null ? 0 : index.newBit();
    }

    public PhraseMatcher<V> add(String phrase, V value) {
        String norm = ArabicNormalizer.normalizeWord(phrase);
        if (norm.isEmpty()) return this;
        String[] words = norm.split(" ");
        for (int w = 0; w < words.length; w++) words[w] = words[w].intern(); // as a Word's forms are
        List<Entry<V>> list = byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>(2));
        if (bit != 0) index.add(words[0], bit);
        list.removeIf(e -> e.phrase.equals(norm));
        list.add(new Entry<>(words, value, norm));
        list.sort((a, b) -> b.words.length - a.words.length);
        return this;
    }

    public boolean isEmpty() { return byFirstWord.isEmpty(); }

    /** The longest phrase starting at token i and ending before limit, or null. */
    public Match<V> matchAt(List<Token> tokens, int i, int limit) {
        // kept small, so that the JIT inlines it where it is called: most tokens end at the bit test
        if (i >= limit || i >= tokens.size()) return null;
        Token t = tokens.get(i);
        if (!t.isWord() && !t.isNumber()) return null;
        if (bit == 0) return longest(tokens, i, limit, t, null);
        Word.Masks m = t.masks(index);
        return (m.union() & bit) == 0 ? null : longest(tokens, i, limit, t, m.perForm());
    }

    private Match<V> longest(List<Token> tokens, int i, int limit, Token t, long[] perForm) {
        Match<V> best = null;
        String[] forms = t.forms();
        for (int k = 0; k < forms.length; k++) {
            if (perForm != null && (perForm[k] & bit) == 0) continue; // only the forms that begin a phrase here
            List<Entry<V>> candidates = byFirstWord.get(forms[k]);
            if (candidates == null) continue;
            for (int c = 0, n = candidates.size(); c < n; c++) { // no iterator to allocate on this hot path
                Entry<V> e = candidates.get(c);
                if (best != null && e.words.length <= best.to - best.from) break;
                int end = matchRest(tokens, i + 1, limit, e.words);
                if (end > 0 && (best == null || end > best.to)) best = new Match<>(i, end, e.value, e.phrase);
            }
        }
        return best;
    }

    /** All non-overlapping longest matches in [from, to), left to right. */
    public List<Match<V>> findAll(List<Token> tokens, int from, int to) {
        List<Match<V>> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Match<V> m = matchAt(tokens, i, to);
            if (m != null) {
                out.add(m);
                i = m.to - 1;
            }
        }
        return out;
    }

    private static int matchRest(List<Token> tokens, int j, int limit, String[] words) {
        for (int w = 1; w < words.length; w++) {
            while (j < limit && isSkippable(tokens.get(j))) j++;
            if (j >= limit || !tokens.get(j).hasForm(words[w])) return -1;
            j++;
        }
        return j;
    }

    /** A quote, bracket or '#' between the words of a phrase, or between a name and what it did. */
    public static boolean isSkippable(Token t) {
        if (t.type() != Token.Type.PUNCT) return false;
        char c = t.text().charAt(0);
        return c == '"' || c == '\'' || c == '(' || c == ')' || c == '#' || c == '[' || c == ']';
    }
}
