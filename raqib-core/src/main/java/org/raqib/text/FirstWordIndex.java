package org.raqib.text;

import java.util.HashMap;
import java.util.Map;

/**
 * The first words of a family of phrase matchers (one rule set's, or one gazetteer's), a bit
 * per matcher: a token computes once which matchers could start at it, and each matcher then
 * rejects most tokens with one bit test instead of a lookup per form. An index belongs to the
 * rule set that made it (nothing is shared between rule sets); it is filled while the rule
 * set loads and only read afterwards, so extraction may share it across threads once the
 * rule set is published (a final field).
 */
public final class FirstWordIndex {
    private final Map<String, Long> bits = new HashMap<>();
    private int nextBit;
    /** Changes whenever a first word is added, so tokens recompute their mask. */
    private int version;

    /** A new bit for a matcher, or 0 past 64 matchers (that matcher then looks every token up). */
    synchronized long newBit() {
        int b = nextBit++;
        return b < 64 ? 1L << b : 0;
    }

    synchronized void add(String firstWord, long bit) {
        if (bit == 0) return;
        bits.merge(firstWord, bit, (a, b) -> a | b);
        version++;
    }

    int version() { return version; }

    long maskOf(String[] forms) {
        long m = 0;
        for (String f : forms) {
            Long b = bits.get(f);
            if (b != null) m |= b;
        }
        return m;
    }
}
