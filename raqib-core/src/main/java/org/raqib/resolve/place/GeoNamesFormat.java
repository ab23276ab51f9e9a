package org.raqib.resolve.place;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the GeoNames dump format (cities500.txt, SY.txt, allCountries.txt): 19 tab-separated
 * columns a place. A line of another shape is refused with its line number, so that a wrong
 * file is never half imported.
 */
public final class GeoNamesFormat {
    public static final int COLUMNS = 19;

    /** A line that is not in the GeoNames format. */
    public static final class FormatException extends IllegalArgumentException {
        public FormatException(String message) { super(message); }
    }

    private GeoNamesFormat() {}

    public static GeoName parse(String line, long lineNo, String source) {
        String[] c = line.split("\t", -1);
        if (c.length != COLUMNS) {
            throw new FormatException(source + ":" + lineNo + ": not a GeoNames dump line: expected " + COLUMNS
                    + " tab-separated columns, found " + c.length);
        }
        try {
            long id = Long.parseLong(c[0]);
            double lat = Double.parseDouble(c[4]);
            double lon = Double.parseDouble(c[5]);
            if (lat < -90 || lat > 90 || lon < -180 || lon > 180) throw new NumberFormatException("coordinates out of range");
            if (c[6].length() != 1 || c[8].length() != 2) throw new NumberFormatException("feature class or country code");
            long population = c[14].isEmpty() ? 0 : Long.parseLong(c[14]);
            return new GeoName(id, c[1], c[2], arabicNames(c[3]), lat, lon, c[6].charAt(0), c[7], c[8], c[10], population);
        } catch (NumberFormatException e) {
            throw new FormatException(source + ":" + lineNo + ": not a GeoNames dump line: " + e.getMessage());
        }
    }

    private static List<String> arabicNames(String alternates) {
        List<String> out = new ArrayList<>(2);
        if (alternates.isEmpty()) return out;
        for (String n : alternates.split(",")) {
            if (isArabic(n) && !out.contains(n)) out.add(n);
        }
        return out;
    }

    static boolean isArabic(String s) {
        int arabic = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '\u0600' && ch <= '\u06FF') arabic++;
            else if (Character.isLetter(ch)) return false; // Persian-Latin mixes and the like
        }
        return arabic > 1;
    }
}
