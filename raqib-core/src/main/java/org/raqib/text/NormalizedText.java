package org.raqib.text;

/**
 * A text normalized for matching, with a map back to the original: every normalized char
 * comes from exactly one original char (normalization only replaces or deletes), so any
 * normalized range maps to one original range.
 */
public final class NormalizedText {
    private final String original;
    private final String normalized;
    private final int[] toOriginal; // toOriginal[i] = index in original of normalized char i

    NormalizedText(String original, String normalized, int[] toOriginal) {
        this.original = original;
        this.normalized = normalized;
        this.toOriginal = toOriginal;
    }

    public String original() { return original; }

    public String normalized() { return normalized; }

    public int length() { return normalized.length(); }

    /** Original offset of the normalized range's start. */
    public int originalStart(int normStart) {
        return normStart < normalized.length() ? toOriginal[normStart] : original.length();
    }

    /** Original offset just past the normalized range ending (exclusive) at normEnd. */
    public int originalEnd(int normEnd) {
        return normEnd == 0 ? 0 : toOriginal[normEnd - 1] + 1;
    }

    /** The original text behind the normalized range [normStart, normEnd). */
    public String originalText(int normStart, int normEnd) {
        if (normEnd <= normStart) return "";
        return original.substring(originalStart(normStart), originalEnd(normEnd));
    }
}
