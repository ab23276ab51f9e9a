package org.raqib.web;

import java.util.HashMap;
import java.util.Map;
import org.raqib.resolve.place.Gazetteer;

/**
 * Where to draw an incident known only to its governorate: at the governorate's seat (the
 * PPLA town of the default gazetteer, else its most populous place). The map draws such
 * markers differently, so the position is never taken for the place of the attack.
 */
final class GovernorateSeats {
    private static final Map<String, double[]> SEATS = load();

    private GovernorateSeats() {}

    /** {lat, lon} of the seat of a governorate, or null when the gazetteer does not know it. */
    static double[] of(String country, String admin1) {
        if (country == null || admin1 == null) return null;
        return SEATS.get(country + "|" + admin1);
    }

    private static Map<String, double[]> load() {
        Map<String, double[]> seats = new HashMap<>();
        Map<String, Long> population = new HashMap<>();
        for (Gazetteer.Entry e : Gazetteer.defaults().entries()) {
            if (e.admin1() == null) continue;
            String key = e.country() + "|" + e.admin1();
            boolean seat = e.featureCode().equals("PPLA") || e.featureCode().equals("PPLC");
            long rank = seat ? Long.MAX_VALUE : e.population();
            if (rank > population.getOrDefault(key, -1L)) {
                population.put(key, rank);
                seats.put(key, new double[] {e.lat(), e.lon()});
            }
        }
        return Map.copyOf(seats);
    }
}
