package org.raqib.text;

/**
 * One distinct word of normalized text: its clitic forms, computed once, and the masks it has in
 * each {@link FormBits} it was looked up in. News vocabulary repeats, so tokens of the same word
 * in every document share one {@code Word} and most lookups become a field read.
 */
final class Word {
    private static final long[] NONE = {};
    /** At most this many (bits, mask) pairs are kept: a rule set and a gazetteer or two. */
    private static final int KEPT = 6;

    final String surface;
    final String[] forms;
    /**
     * Pairs of (FormBits id and version, mask), newest first. Replaced whole, never changed in
     * place, so threads sharing the word read a consistent array; a lost race costs one lookup.
     */
    private volatile long[] masks = NONE;

    Word(String surface, String[] forms) {
        this.surface = surface;
        this.forms = forms;
    }

    /** Punctuation, a number or a line break: its only form is itself. */
    static Word itself(String surface) { return new Word(surface, new String[]{surface}); }

    long mask(FormBits bits) {
        long key = bits.key();
        long[] m = masks;
        for (int k = 0; k < m.length; k += 2) if (m[k] == key) return m[k + 1];
        long mask = bits.maskOf(forms);
        int keep = Math.min(m.length, 2 * KEPT - 2);
        long[] next = new long[keep + 2];
        next[0] = key;
        next[1] = mask;
        System.arraycopy(m, 0, next, 2, keep);
        masks = next;
        return mask;
    }
}
