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

    static {
        for (RuleFile.Row r : RuleFile.read(RuleSource.beside(org.raqib.resolve.ActorDictionary.class), "admin1.tsv", 3, 4)) {
            Division d = new Division(r.col(0), r.col(1), r.col(2));
            BY_CODE.put(r.col(0) + "." + r.col(1), d);
            if (!r.col(3, "").isEmpty()) ARABIC.put(r.col(0) + "." + r.col(1), List.of(r.col(3).split("\\|")));
        }
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
