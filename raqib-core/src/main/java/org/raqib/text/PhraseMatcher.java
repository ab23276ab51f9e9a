package org.raqib.text;

import java.util.Arrays;
import java.util.List;
import java.util.ArrayList;

/**
 * Finds the longest dictionary phrase starting at a token. Phrase words are normalized;
 * a token matches a phrase word when any of its clitic forms equals it, so "للتحالف الدولي"
 * matches the phrase "التحالف الدولي". Quotes, brackets and '#' between words are skipped
 * (تنظيم "داعش", #دير_الزور). A matcher belongs to one rule set: it is filled while the
 * rule set loads and only read afterwards.
 * <p>
 * The phrases are a tree of words: a token's forms are looked up among the words that may come
 * next, so a first word that begins fifty phrases (قوات ...) costs one lookup per word read, not
 * a test of every phrase. Words are interned, as a {@link Word}'s forms are, so the tree compares
 * references.
 */
public final class PhraseMatcher<V> {
    public record Match<V>(int from, int to, V value, String phrase) {}

    /** A phrase that ends at a node: its value, its text, and when it was added (the first added wins a tie). */
    private record Entry<V>(V value, String phrase, int words, long added) {}

    /** The words read so far: the phrase ending here, if any, and the words that may come next. */
    private static final class Node<V> {
        Entry<V> ends;
        final Words<Node<V>> next = new Words<>();
    }

    /** The first words. */
    private final Words<Node<V>> first = new Words<>();
    private long added;
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
        Words<Node<V>> level = first;
        Node<V> node = null;
        for (String w : words) {
            String word = w.intern(); // as a Word's forms are
            node = level.get(word, word.hashCode());
            if (node == null) level.put(word, node = new Node<>());
            level = node.next;
        }
        if (bit != 0) index.add(words[0], bit);
        node.ends = new Entry<>(value, norm, words.length, added++); // a phrase added again replaces the old one
        return this;
    }

    public boolean isEmpty() { return first.size() == 0; }

    /** The longest phrase starting at token i and ending before limit, or null. */
    public Match<V> matchAt(List<Token> tokens, int i, int limit) {
        // kept small, so that the JIT inlines it where it is called: most tokens end at the bit test
        if (i >= limit || i >= tokens.size()) return null;
        Token t = tokens.get(i);
        if (!t.isWord() && !t.isNumber()) return null;
        if (bit == 0) return longest(tokens, i, limit, t, null);
        return (t.mask(index) & bit) == 0 ? null : longest(tokens, i, limit, t, t.formMasks(index));
    }

    private Match<V> longest(List<Token> tokens, int i, int limit, Token t, long[] perForm) {
        Match<V> best = null;
        Found<V> found = null;
        Word w = t.word();
        String[] forms = w.forms;
        for (int k = 0; k < forms.length; k++) {
            if (perForm != null && (perForm[k] & bit) == 0) continue; // only the forms that begin a phrase here
            Node<V> start = first.get(forms[k], w.hashes[k]);
            if (start == null) continue;
            Entry<V> e;
            int end;
            if (start.next.size() == 0) { // a word that is a whole phrase and begins no longer one
                e = start.ends;
                end = i + 1;
            } else {
                if (found == null) found = new Found<>();
                found.entry = null;
                longestFrom(start, tokens, i + 1, limit, found);
                e = found.entry;
                end = found.end;
            }
            // a later form's phrase replaces an earlier one's only when it has more words and reaches further
            if (e != null && (best == null || e.words > best.to - best.from && end > best.to)) best = new Match<>(i, end, e.value, e.phrase);
        }
        return best;
    }

    /** The longest phrase (in words; the first added among equals) read on from {@code node}, its next word at or after token j. */
    private static final class Found<V> {
        Entry<V> entry;
        int end;
    }

    private static <V> void longestFrom(Node<V> node, List<Token> tokens, int j, int limit, Found<V> found) {
        Entry<V> e = node.ends;
        if (e != null && (found.entry == null || e.words > found.entry.words
                || e.words == found.entry.words && e.added < found.entry.added)) {
            found.entry = e;
            found.end = j;
        }
        if (node.next.size() == 0) return;
        while (j < limit && isSkippable(tokens.get(j))) j++;
        if (j >= limit) return;
        Word w = tokens.get(j).word();
        String[] forms = w.forms;
        for (int k = 0; k < forms.length; k++) {
            if (!node.next.mayHold(w.hashes[k])) continue; // most words read next go on no phrase: one bit test
            Node<V> child = node.next.get(forms[k], w.hashes[k]);
            if (child != null) longestFrom(child, tokens, j + 1, limit, found);
        }
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

    /** A quote, bracket or '#' between the words of a phrase, or between a name and what it did. */
    public static boolean isSkippable(Token t) {
        if (t.type() != Token.Type.PUNCT) return false;
        char c = t.text().charAt(0);
        return c == '"' || c == '\'' || c == '(' || c == ')' || c == '#' || c == '[' || c == ']';
    }

    /**
     * Interned words to values, compared by reference: a few in an array searched in order, more in
     * an open-addressing table probed by the word's hash (given by the caller, who has it at hand).
     */
    private static final class Words<T> {
        private static final int SCANNED = 8;
        private String[] keys = new String[0];
        private Object[] values = new Object[0];
        private int size;
        /** A bit per word held, picked by its hash: a word whose bit is clear is not here. */
        private long hashBits;

        int size() { return size; }

        boolean mayHold(int hash) { return (hashBits & 1L << spread(hash)) != 0; }

        @SuppressWarnings("unchecked")
        T get(String word, int hash) {
            String[] ks = keys;
            if (ks.length <= SCANNED) {
                for (int k = 0; k < size; k++) if (ks[k] == word) return (T) values[k];
                return null;
            }
            int mask = ks.length - 1;
            for (int s = spread(hash) & mask; ; s = (s + 1) & mask) {
                String key = ks[s];
                if (key == word) return (T) values[s];
                if (key == null) return null;
            }
        }

        void put(String word, T value) {
            hashBits |= 1L << spread(word.hashCode()); // a shift by a long's width takes the low six bits
            if (keys.length <= SCANNED && size < SCANNED) {
                if (size == keys.length) {
                    keys = Arrays.copyOf(keys, Math.max(2, size * 2));
                    values = Arrays.copyOf(values, keys.length);
                }
                keys[size] = word;
                values[size++] = value;
                return;
            }
            if (keys.length <= SCANNED || (size + 1) * 2 > keys.length) rehash(Math.max(32, Integer.highestOneBit(size * 4)));
            insert(word, value);
            size++;
        }

        private void insert(String word, Object value) {
            int mask = keys.length - 1;
            int s = spread(word.hashCode()) & mask;
            while (keys[s] != null) s = (s + 1) & mask;
            keys[s] = word;
            values[s] = value;
        }

        private void rehash(int capacity) {
            String[] oldKeys = keys;
            Object[] oldValues = values;
            boolean scanned = oldKeys.length <= SCANNED;
            keys = new String[capacity];
            values = new Object[capacity];
            for (int k = 0; k < oldKeys.length; k++) {
                if (oldKeys[k] != null && (!scanned || k < size)) insert(oldKeys[k], oldValues[k]);
            }
        }

        private static int spread(int h) { return h ^ (h >>> 16); }
    }
}
