package org.raqib.model;

/**
 * Where the violence happened. {@code name} is the place without words like قرية or بلدة;
 * {@code admin1} the first-level division in its common English name; {@code country} ISO
 * 3166-1 alpha-2; {@code precision} as ACLED: 1 the place itself, 2 near it or a part of a
 * region, 3 only the governorate is known.
 */
public record Place(String text, String name, String admin1, String country, Double lat, Double lon,
                    Integer precision, Span span) {
    public Place(String text, String name, String admin1, String country, Double lat, Double lon, Integer precision) {
        this(text, name, admin1, country, lat, lon, precision, null);
    }
}
