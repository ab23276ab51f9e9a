package org.raqib.text;

import java.util.List;

/**
 * A 64-bit SimHash of a report's words (3-word shingles of the normalized text). Syndicated
 * copies of one agency text differ in page furniture and a headline, which moves few bits;
 * independent reports of the same strike share facts but not wording, which moves many.
 */
public final class TextFingerprint {
    /** Fingerprints at most this many bits apart are copies of the same text. */
    public static final int COPY_DISTANCE = 6;

    /**
     * Only a text's opening is fingerprinted: copies of one text share it, and tokenizing a
     * runaway page of many megabytes whole would take memory in proportion to it.
     */
    static final int MAX_CHARS = 1 << 20;

    private TextFingerprint() {}

    public static long of(String text) {
        String opening = text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
        List<Token> tokens = Tokenizer.tokenize(ArabicNormalizer.normalize(opening));
        int[] weights = new int[64];
        long a = 0, b = 0;
        int words = 0;
        for (Token t : tokens) {
            if (!t.isWord() && !t.isNumber()) continue;
            long h = hash(t.text());
            if (words >= 2) add(weights, mix(a * 31 + b * 17 + h));
            a = b;
            b = h;
            words++;
        }
        if (words < 3) add(weights, mix(a * 31 + b));
        long fingerprint = 0;
        for (int i = 0; i < 64; i++) if (weights[i] > 0) fingerprint |= 1L << i;
        return fingerprint;
    }

    public static int distance(long x, long y) { return Long.bitCount(x ^ y); }

    public static boolean copies(long x, long y) { return distance(x, y) <= COPY_DISTANCE; }

    private static void add(int[] weights, long h) {
        for (int i = 0; i < 64; i++) weights[i] += ((h >>> i) & 1) == 1 ? 1 : -1;
    }

    private static long hash(String s) {
        long h = 0xcbf29ce484222325L; // FNV-1a
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long z) { // SplitMix64 finalizer: spreads shingle hashes over all bits
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
