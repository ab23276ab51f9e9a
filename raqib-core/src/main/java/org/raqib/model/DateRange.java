package org.raqib.model;

import java.time.LocalDate;

/** When the violence happened: one day has {@code from} = {@code to}. */
public record DateRange(String text, LocalDate from, LocalDate to, Span span) {
    public DateRange(String text, LocalDate from, LocalDate to) { this(text, from, to, null); }
}
