package org.raqib.resolve.place;

import java.util.List;

/** One row of a GeoNames dump, with the columns Raqib uses. */
public record GeoName(long id, String name, String asciiName, List<String> arabicNames, double lat, double lon,
                      char featureClass, String featureCode, String country, String admin1, long population) {
    /** The seat of a first-order division, or the capital. */
    public boolean isAdmin1Seat() { return featureCode.equals("PPLA") || featureCode.equals("PPLC"); }
}
