package org.raqib.resolve.place;

/**
 * A place named in tokens [from, to), its name from {@code nameFrom}. {@code entry} is the gazetteer place when known;
 * {@code admin1}/{@code country} may come from a division alone (محافظة نينوى) or, for an
 * unknown village, stay null until the context supplies them. {@code near}, {@code rural}
 * and {@code region} carry the words around it (قرب، شرقي / ريف X: the countryside of a
 * governorate, no town named / محافظة X).
 */
public record PlaceMention(int from, int nameFrom, int to, String name, Gazetteer.Entry entry, String admin1, String country,
                           boolean near, boolean rural, boolean region, boolean pointsBack) {
    public boolean known() { return admin1 != null; }

    /** ACLED precision: 1 the place itself, 2 near it or part of a region, 3 the governorate only. */
    public int precision() {
        if (region) return 3;
        if (near || rural) return 2;
        return entry == null && name == null ? 3 : 1;
    }

    /** The name of the place itself, or null when only a region is named (ريف دير الزور، محافظة إدلب). */
    public String placeName() { return rural || region ? null : name; }

    public PlaceMention locatedIn(PlaceMention context) {
        return new PlaceMention(from, nameFrom, to, name, entry, context.admin1, context.country, near, rural, region, pointsBack);
    }
}
