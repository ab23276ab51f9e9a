package org.raqib.model;

/**
 * A stated number of people. {@code best} is the number stated (null for vague words such
 * as "several"); {@code low}/{@code high} are the bounds the wording gives (null = open).
 * {@code span} is where the count was read, or null for counts not read from a text.
 */
public record Count(Long low, Long best, Long high, String text, Span span) {

    public static Count exact(long n) { return new Count(n, n, n, null, null); }

    public Count withText(Span span) { return new Count(low, best, high, span.text(), span); }
}
