package org.raqib.text;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Up to 64 named bits per word form: the first words of a family of phrase matchers (one rule
 * set's, or one gazetteer's), or the word sets of a rule set. A {@link Token} computes its mask
 * once per distinct word and caches it on the shared {@link Word}, so each matcher or word set
 * then rejects most tokens with one bit test instead of a hash lookup per clitic form.
 * <p>
 * An instance belongs to the rule set or gazetteer that made it (nothing is shared between
 * rule sets); it is filled while that loads and only read afterwards, so extraction may share
 * it across threads once it is published (a final field).
 */
public final class FormBits {
    /** Distinguishes instances in a word's mask cache without holding them (a reloaded rule set's old bits are then free). */
    private static final AtomicInteger IDS = new AtomicInteger();

    private final Map<String, Long> bits = new HashMap<>();
    private final int id = IDS.incrementAndGet();
    private int nextBit;
    /** Changes whenever a form is added, so cached masks are recomputed. */
    private int version;
    /** {@link #key()}, kept up to date as forms are added: tokens ask for it on every lookup. */
    private long key = (long) id << 32;

    /** A new bit for a matcher or a word list, or 0 past 64 (its user then looks every token up). */
    public synchronized long newBit() {
        int b = nextBit++;
        return b < 64 ? 1L << b : 0;
    }

    /** Sets {@code bit} (one or more bits) on a normalized word form. */
    public synchronized void add(String form, long bit) {
        if (bit == 0) return;
        bits.merge(form.intern(), bit, (a, b) -> a | b);
        version++;
        key = ((long) id << 32) | (version & 0xFFFFFFFFL);
    }

    /** This instance in its present state: a cached mask with another key is stale. */
    long key() { return key; }

    long bitsOf(String form) {
        Long b = bits.get(form);
        return b == null ? 0 : b;
    }
}
