package org.raqib.resolve;

import java.time.LocalDate;

/**
 * A date expression found in tokens [from, to) and the days it means. {@code since} marks a
 * period running up to publication (منذ ...، خلال الأشهر الثلاثة الماضية).
 */
public record DateMention(int from, int to, LocalDate start, LocalDate end, boolean since) {}
