package org.raqib.model;

/** A min–max range of a figure over independent sources; both null when no source states it. */
public record Range(Long min, Long max) {
    public static final Range NONE = new Range(null, null);

    public boolean isEmpty() { return min == null; }

    public Range including(long value) {
        return new Range(min == null ? value : Math.min(min, value), max == null ? value : Math.max(max, value));
    }

    @Override
    public String toString() {
        if (min == null) return "-";
        return min.equals(max) ? min.toString() : min + "–" + max;
    }
}
