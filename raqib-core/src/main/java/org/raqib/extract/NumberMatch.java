package org.raqib.extract;

/**
 * A number read from tokens [from, to). {@code value} is null for "several" (عدة، عدد من);
 * {@code vague} marks words like عشرات whose value is a floor (best = low = value).
 */
public record NumberMatch(int from, int to, Long value, boolean vague) {}
