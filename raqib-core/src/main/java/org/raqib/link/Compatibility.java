package org.raqib.link;

import java.util.Objects;

/**
 * Whether two claims can be about the same incident. Incidents and tallies never mix.
 * Two reports of one attack: their days overlap (a day of slack for night raids and late
 * reports between stated dates; a report that states no date is taken to be about the days
 * just before its publication or capture), their places agree (same country and division; named places the same or within
 * {@link #NEAR_KM} km), and they blame the same party or one blames none. Two sources that
 * blame different parties still describe one incident when they name the same village on
 * the same day: that incident is then contested. Copies of one text (same evidence
 * sentence and figures, published within a week) always link.
 */
final class Compatibility {
    static final int DAY_SLACK = 1;
    static final double NEAR_KM = 15;
    /** Copies of one agency text appear within days; the same sentence months apart is another event. */
    static final int COPY_WINDOW_DAYS = 7;

    private Compatibility() {}

    static boolean compatible(ClaimKeys a, ClaimKeys b) {
        if (a.aggregate != b.aggregate) return false;
        if (copies(a, b)) return true;
        if (!a.hasDay() || !b.hasDay()) return false;
        if (a.aggregate) return tallyOfSamePeriod(a, b);
        // a day of slack between stated dates (a night raid, a late count); an undated report's window is its slack
        int slack = a.dated && b.dated ? DAY_SLACK : 0;
        if (a.day > b.lastDay + slack || b.day > a.lastDay + slack) return false;
        if (!placesAgree(a, b)) return false;
        if (a.perpetrator == null || b.perpetrator == null || a.perpetrator.equals(b.perpetrator)) return true;
        return a.placeName != null && a.placeName.equals(b.placeName) && a.day == b.day;
    }

    /** Whether one claim is a copy of the other: the same evidence sentence with the same figures, days apart at most. */
    static boolean copies(ClaimKeys a, ClaimKeys b) {
        if (a.evidenceHash == 0 || a.evidenceHash != b.evidenceHash || !sameFigures(a, b)) return false;
        return !a.hasDay() || !b.hasDay() || Math.abs(a.day - b.day) <= COPY_WINDOW_DAYS;
    }

    /** How close two claims' places are: 3 the same named place, 2 within {@link #NEAR_KM}, 1 the same division, 0 less. */
    static int placeCloseness(ClaimKeys a, ClaimKeys b) {
        if (a.placeName != null && a.placeName.equals(b.placeName)) return 3;
        if (a.lat != null && b.lat != null && kilometres(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM) return 2;
        return a.admin1 != null && a.admin1.equals(b.admin1) ? 1 : 0;
    }

    private static boolean tallyOfSamePeriod(ClaimKeys a, ClaimKeys b) {
        return a.day == b.day && a.lastDay == b.lastDay && Objects.equals(a.country, b.country)
                && Objects.equals(a.admin1, b.admin1) && Objects.equals(a.perpetrator, b.perpetrator)
                && Objects.equals(source(a), source(b));
    }

    private static String source(ClaimKeys k) {
        return k.claim.source() == null ? null : k.claim.source().actor();
    }

    private static boolean placesAgree(ClaimKeys a, ClaimKeys b) {
        if (a.country == null || b.country == null) {
            // a report that names no place links only on a named attacker and the very same day
            return a.perpetrator != null && a.perpetrator.equals(b.perpetrator) && a.day == b.day && a.lastDay == b.lastDay;
        }
        if (!a.country.equals(b.country)) return false;
        if (a.admin1 != null && b.admin1 != null && !a.admin1.equals(b.admin1)) return false;
        if (a.placeName == null || b.placeName == null) return true;
        if (a.placeName.equals(b.placeName)) return true;
        if (a.lat != null && b.lat != null) return kilometres(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM;
        return false; // two different villages named, neither located
    }

    private static boolean sameFigures(ClaimKeys a, ClaimKeys b) {
        return a.claim.counts().keySet().equals(b.claim.counts().keySet())
                && a.claim.counts().entrySet().stream().allMatch(e -> Objects.equals(e.getValue().best(), b.claim.best(e.getKey())));
    }

    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1), dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371 * 2 * Math.asin(Math.sqrt(h));
    }
}
