package org.raqib.model;

/**
 * How well an incident is supported, after Airwars: confirmed (the accused party
 * acknowledged it), fair (two or more independent sources), weak (one source), contested
 * (sources name different perpetrators), discounted (set by an analyst).
 */
public enum Grade {
    CONFIRMED, FAIR, WEAK, CONTESTED, DISCOUNTED;

    public String code() { return name().toLowerCase(); }

    public static Grade fromCode(String code) { return valueOf(code.toUpperCase()); }
}
