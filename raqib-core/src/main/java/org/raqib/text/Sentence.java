package org.raqib.text;

/**
 * A sentence as a token range [from, to) of a tokenized text. A {@code headline} is a short
 * unpunctuated first line; {@code furniture} is page matter such as "اقرأ أيضا" links,
 * share and print buttons, which yields no claim.
 */
public record Sentence(int index, int from, int to, int start, int end, boolean headline, boolean furniture) {
    public int size() { return to - from; }
}
