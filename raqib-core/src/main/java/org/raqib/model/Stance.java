package org.raqib.model;

/** The attitude of a claim: harm alleged, denied, or acknowledged by the accused party. */
public enum Stance {
    ALLEGES, DENIES, ACKNOWLEDGES;

    public String code() { return name().toLowerCase(); }

    public static Stance fromCode(String code) { return valueOf(code.toUpperCase()); }
}
