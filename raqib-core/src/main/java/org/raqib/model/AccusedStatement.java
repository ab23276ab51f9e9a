package org.raqib.model;

/** What the party accused of the harm said about it. */
public enum AccusedStatement {
    NONE, DENIED, ACKNOWLEDGED;

    public String code() { return name().toLowerCase(); }

    public static AccusedStatement fromCode(String code) { return valueOf(code.toUpperCase()); }
}
