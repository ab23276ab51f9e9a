package org.raqib.model;

/** One attack (incident) or a tally over a period or a wide area (aggregate). */
public enum Kind {
    INCIDENT, AGGREGATE;

    public String code() { return name().toLowerCase(); }

    public static Kind fromCode(String code) { return valueOf(code.toUpperCase()); }
}
