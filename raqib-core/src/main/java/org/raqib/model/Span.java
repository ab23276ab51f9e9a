package org.raqib.model;

/** A stretch of a document's text: UTF-16 offsets as Java String indexes, end exclusive. */
public record Span(int start, int end, String text) {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    /** The span of {@code source} from start to end, with its text. */
    public static Span of(String source, int start, int end) {
        return new Span(start, end, source.substring(start, end));
    }
}
