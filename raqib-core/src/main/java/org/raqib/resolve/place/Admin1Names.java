package org.raqib.resolve.place;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.raqib.rules.RuleFile;
import org.raqib.rules.RuleSource;

/** English names (and Arabic aliases) of first-level divisions, from admin1.tsv: data of the gazetteer, read once. */
public final class Admin1Names {
    /** A division: country, GeoNames admin1 code, English name. */
    public record Division(String country, String code, String name) {}

    private static final Map<String, Division> BY_CODE = new HashMap<>();
    private static final Map<String, List<String>> ARABIC = new HashMap<>();
    /** Finer divisions of a GeoNames division that is coarser than the one casualty recorders use. */
    private static final Map<String, List<Band>> SPLITS = new HashMap<>();

    /** A finer division: the places whose position along the axis is at least {@code from}. */
    private record Band(double lat0, double lon0, double latWeight, double lonWeight, double from, Division division) {
        double along(double lat, double lon) { return (lat - lat0) * latWeight + (lon - lon0) * lonWeight; }
    }

    static {
        for (RuleFile.Row r : RuleFile.read(RuleSource.beside(org.raqib.resolve.ActorDictionary.class), "admin1.tsv", 3, 4)) {
            Division d = new Division(r.col(0), r.col(1), r.col(2));
            BY_CODE.put(r.col(0) + "." + r.col(1), d);
            if (!r.col(3, "").isEmpty()) ARABIC.put(r.col(0) + "." + r.col(1), List.of(r.col(3).split("\\|")));
        }
        for (RuleFile.Row r : RuleFile.read(RuleSource.beside(org.raqib.resolve.ActorDictionary.class), "admin1-split.tsv", 8, 8)) {
            Division d = BY_CODE.get(r.col(0) + "." + r.col(7));
            if (d == null) throw r.fail("division " + r.col(7) + " of " + r.col(0) + " is not in admin1.tsv");
            try {
                Band b = new Band(Double.parseDouble(r.col(2)), Double.parseDouble(r.col(3)), Double.parseDouble(r.col(4)),
                        Double.parseDouble(r.col(5)), Double.parseDouble(r.col(6)), d);
                SPLITS.computeIfAbsent(r.col(0) + "." + r.col(1), k -> new java.util.ArrayList<>()).add(b);
            } catch (NumberFormatException e) {
                throw r.fail("expected numbers in columns 3 to 7: " + e.getMessage());
            }
        }
        SPLITS.values().forEach(l -> l.sort(java.util.Comparator.comparingDouble(Band::from).reversed()));
    }

    /**
     * The division a place at this position belongs to: the finer one of admin1-split.tsv
     * when its GeoNames division is split there (the Gaza Strip's five governorates), else
     * the curated division of that code, else null.
     */
    public static Division at(String country, String code, double lat, double lon) {
        List<Band> bands = SPLITS.get(country + "." + code);
        if (bands != null) {
            for (Band b : bands) if (b.along(lat, lon) >= b.from()) return b.division();
            return bands.getLast().division();
        }
        return of(country, code);
    }

    private Admin1Names() {}

    /** The curated division, or null when the country is not in the table. */
    public static Division of(String country, String code) { return BY_CODE.get(country + "." + code); }

    public static Map<Division, List<String>> arabicAliases() {
        Map<Division, List<String>> out = new HashMap<>();
        ARABIC.forEach((k, v) -> out.put(BY_CODE.get(k), v));
        return out;
    }
}
