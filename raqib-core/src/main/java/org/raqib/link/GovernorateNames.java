package org.raqib.link;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.raqib.resolve.place.Admin1Names;
import org.raqib.text.ArabicNormalizer;

/**
 * Whether a place name is also the name of its first-level division: صنعاء, بغداد, غزة
 * (of قطاع غزة), الخرطوم (of ولاية الخرطوم). Reports write "in Baghdad" for a strike in one of
 * its districts, so for linking such a name says no more than the governorate does.
 */
final class GovernorateNames {
    /** Words that only say what kind of division the name is. */
    private static final List<String> DIVISION_WORDS = List.of("محافظه", "ولايه", "قطاع", "امانه", "اقليم", "منطقه");
    private static final Set<String> NAMES = new HashSet<>();

    static {
        for (Map.Entry<Admin1Names.Division, List<String>> e : Admin1Names.arabicAliases().entrySet()) {
            for (String alias : e.getValue()) NAMES.add(key(e.getKey().country(), e.getKey().name(), bare(alias)));
        }
    }

    private GovernorateNames() {}

    static boolean namesGovernorate(String country, String admin1, String placeName) {
        if (country == null || admin1 == null || placeName == null) return false;
        return NAMES.contains(key(country, admin1, bare(placeName)));
    }

    /** The name normalized, without a leading division word and without the article. */
    private static String bare(String name) {
        String n = ArabicNormalizer.normalizeWord(name.strip());
        for (String w : DIVISION_WORDS) {
            if (n.startsWith(w + " ")) {
                n = n.substring(w.length() + 1);
                break;
            }
        }
        return n.replaceFirst("^ال", "");
    }

    private static String key(String country, String admin1, String bareName) { return country + "|" + admin1 + "|" + bareName; }
}
