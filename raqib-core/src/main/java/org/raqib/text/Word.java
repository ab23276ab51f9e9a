package org.raqib.text;

/**
 * One distinct word of normalized text: its clitic forms, computed once, and the masks it has in
 * each {@link FormBits} it was looked up in. News vocabulary repeats, so tokens of the same word
 * in every document share one {@code Word} and most lookups become a field read.
 */
final class Word {
    /** A word's bits in one {@link FormBits}: all its forms' together, and each form's. */
    record Masks(long key, long union, long[] perForm) {}

    private static final Masks[] NONE = {};
    /** At most this many are kept: a rule set's phrases and word sets, a gazetteer, and room for a second rule set. */
    private static final int KEPT = 6;

    final String surface;
    /** The surface's hash code (a form's hash is computed once too, and the surface is the first form). */
    final int hash;
    /**
     * The surface's length, and its first twelve chars packed four to a long: telling whether a
     * word read is this one then reads only this object, not the surface string and its array.
     */
    private final int length;
    private final long chars0, chars1, chars2;
    private static final int PACKED = 12;
    final String[] forms;
    /** The forms' hash codes side by side, so a form test mostly compares ints in one cache line. */
    final int[] hashes;
    /**
     * Newest first. Replaced whole, never changed in place, so threads sharing the word read a
     * consistent array; a lost race costs one more lookup.
     */
    private volatile Masks[] masks = NONE;

    /**
     * The masks in the first two {@link FormBits} that asked (in extraction, a rule set's and its
     * gazetteer's), held in this object so that the test most tokens end at reads no other. Each slot
     * is claimed once, by compare-and-set, and written before its key is published; it never changes
     * afterwards (a slot whose FormBits changed since is passed over, and the array is searched).
     */
    private volatile long key0, key1;
    private long union0, union1;
    private long[] perForm0, perForm1;
    private static final long CLAIMED = -1; // no FormBits key is negative
    private static final java.lang.invoke.VarHandle KEY0, KEY1;
    static {
        try {
            var lookup = java.lang.invoke.MethodHandles.lookup();
            KEY0 = lookup.findVarHandle(Word.class, "key0", long.class);
            KEY1 = lookup.findVarHandle(Word.class, "key1", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    Word(String surface, String[] forms) {
        this.surface = surface;
        // one instance per form, as the rule sets' words are (PhraseMatcher, FormBits): their lookups then compare references
        for (int k = 0; k < forms.length; k++) forms[k] = forms[k].intern();
        this.forms = forms;
        this.hashes = new int[forms.length];
        for (int k = 0; k < forms.length; k++) hashes[k] = forms[k].hashCode();
        this.hash = surface.hashCode();
        this.length = surface.length();
        this.chars0 = packed(surface, 0, length);
        this.chars1 = packed(surface, 4, length);
        this.chars2 = packed(surface, 8, length);
    }

    /** Whether this word is written at {@code s[from, to)}. */
    boolean isWrittenAt(String s, int from, int to) {
        int n = to - from;
        if (n != length) return false;
        if (n > PACKED) return surface.regionMatches(0, s, from, n);
        return chars0 == packed(s, from, to) && chars1 == packed(s, from + 4, to) && chars2 == packed(s, from + 8, to);
    }

    /** The chars of {@code s} from {@code at} (up to four, before {@code end}) as one long; 0 for none. */
    private static long packed(String s, int at, int end) {
        long v = 0;
        for (int k = at, last = Math.min(at + 4, end); k < last; k++) v = v << 16 | s.charAt(k);
        return v;
    }

    boolean hasForm(String form) {
        int h = form.hashCode();
        for (int k = 0; k < hashes.length; k++) if (hashes[k] == h && forms[k].equals(form)) return true;
        return false;
    }

    /** Punctuation, a number or a line break: its only form is itself. */
    static Word itself(String surface) { return new Word(surface, new String[]{surface}); }

    /** The bits of all the forms together in {@code bits}. */
    long union(FormBits bits) {
        long key = bits.key();
        if (key0 == key) return union0;
        if (key1 == key) return union1;
        return claim(bits, key).union();
    }

    /** The bits of each form in {@code bits}, in the order of {@link #forms}. */
    long[] perForm(FormBits bits) {
        long key = bits.key();
        if (key0 == key) return perForm0;
        if (key1 == key) return perForm1;
        return claim(bits, key).perForm();
    }

    /** The masks in {@code bits}, held in a free slot if one is left. */
    private Masks claim(FormBits bits, long key) {
        Masks m = search(bits, key);
        if (key0 == 0 && KEY0.compareAndSet(this, 0L, CLAIMED)) {
            union0 = m.union();
            perForm0 = m.perForm();
            key0 = key;
        } else if (key1 == 0 && KEY1.compareAndSet(this, 0L, CLAIMED)) {
            union1 = m.union();
            perForm1 = m.perForm();
            key1 = key;
        }
        return m;
    }

    private Masks search(FormBits bits, long key) {
        Masks[] m = masks;
        for (Masks x : m) if (x.key == key) return x;
        long[] perForm = new long[forms.length];
        long union = 0;
        for (int k = 0; k < forms.length; k++) union |= perForm[k] = bits.bitsOf(forms[k]);
        Masks made = new Masks(key, union, perForm);
        int keep = Math.min(m.length, KEPT - 1);
        Masks[] next = new Masks[keep + 1];
        next[0] = made;
        System.arraycopy(m, 0, next, 1, keep);
        masks = next;
        return made;
    }
}
