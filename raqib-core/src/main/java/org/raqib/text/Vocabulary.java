package org.raqib.text;

/**
 * The words (and numbers and punctuation) seen so far, so that a word met again costs a hash over its chars: no new string, no
 * clitic analysis, and its cached masks ({@link Word#mask}) carry over from document to document.
 * <p>
 * A direct-mapped cache of fixed size: a word whose slot another word took is analysed again,
 * which changes nothing but time. Threads may race on a slot; a {@link Word} is immutable in
 * what it says (its final fields are safely published), so the loser's word is simply dropped.
 */
final class Vocabulary {
    private static final int SLOTS = 1 << 17;
    private static final Word[] WORDS = new Word[SLOTS];

    private Vocabulary() {}

    /** The word written at {@code s[from, to)} of normalized text, whose chars hash to {@code hash} (as String's hashCode). */
    static Word word(String s, int from, int to, int hash) {
        int slot = (hash ^ (hash >>> 15)) & (SLOTS - 1);
        Word w = WORDS[slot];
        // the hash held in the word spares most misses a look at its chars
        if (w != null && w.hash == hash && w.isWrittenAt(s, from, to)) return w;
        String surface = s.substring(from, to);
        w = new Word(surface, Clitics.forms(surface));
        WORDS[slot] = w;
        return w;
    }
}
