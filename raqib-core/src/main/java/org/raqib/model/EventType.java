package org.raqib.model;

/** What kind of violence caused the harm, as the claim contract names it. */
public enum EventType {
    AIRSTRIKE, SHELLING, CLASH, EXPLOSION, OTHER, UNKNOWN;

    public String code() { return name().toLowerCase(); }

    public static EventType fromCode(String code) { return valueOf(code.toUpperCase()); }
}
