package org.raqib.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.raqib.resolve.place.Gazetteer;
import org.raqib.text.ArabicNormalizer;

/**
 * The gazetteer's places by what an analyst starts to type, in Arabic or English, for the place
 * field of a correction; and the one place a chosen name stands for, so that a corrected place
 * keeps coordinates. Names are compared normalized (Arabic letter variants, case) as plain
 * strings: what is typed is never a pattern.
 */
final class PlaceSuggestions {
    /** A suggestion: the name in the language typed, both names, and where the place is. */
    record Suggestion(String name, String arabic, String english, String admin1, String country, double lat, double lon) {}

    private record Name(String key, String shown, boolean arabic, Gazetteer.Entry entry) {}

    private final List<Name> names = new ArrayList<>();

    PlaceSuggestions(Gazetteer gazetteer) {
        for (Gazetteer.Entry e : gazetteer.entries()) {
            if (e.name() != null && !e.name().isBlank()) names.add(new Name(latin(e.name()), e.name(), false, e));
            if (e.arabicName() == null) continue;
            for (String a : e.arabicName().split("\\|")) {
                if (!a.isBlank()) names.add(new Name(ArabicNormalizer.normalizeWord(a), a.strip(), true, e));
            }
        }
        // the most populous first, so that the first suggestions are the likely places
        names.sort(Comparator.comparingLong((Name n) -> -n.entry().population()).thenComparing(Name::shown));
    }

    /** Places whose name starts with what was typed, then those with a word that does; each place once. */
    List<Suggestion> find(String typed, int limit) {
        String q = key(typed);
        if (q.isEmpty()) return List.of();
        boolean arabic = hasArabic(typed);
        Map<Long, Suggestion> first = new LinkedHashMap<>(), then = new LinkedHashMap<>();
        for (Name n : names) {
            if (n.arabic() != arabic || first.size() >= limit) continue;
            if (n.key().startsWith(q)) first.putIfAbsent(n.entry().id(), suggestion(n));
            else if (n.key().contains(" " + q) && then.size() < limit) then.putIfAbsent(n.entry().id(), suggestion(n));
        }
        List<Suggestion> out = new ArrayList<>(first.values());
        for (Map.Entry<Long, Suggestion> e : then.entrySet()) if (out.size() < limit && !first.containsKey(e.getKey())) out.add(e.getValue());
        return out;
    }

    /** The one place with this exact name in this division and country (either may be blank), if only one has it. */
    Optional<Gazetteer.Entry> exact(String name, String admin1, String country) {
        if (name == null) return Optional.empty();
        String q = key(name);
        Map<Long, Gazetteer.Entry> found = new LinkedHashMap<>();
        for (Name n : names) {
            if (!n.key().equals(q)) continue;
            Gazetteer.Entry e = n.entry();
            if (admin1 != null && !admin1.equalsIgnoreCase(e.admin1())) continue;
            if (country != null && !country.equals(e.country())) continue;
            found.put(e.id(), e);
        }
        return found.size() == 1 ? Optional.of(found.values().iterator().next()) : Optional.empty();
    }

    private static Suggestion suggestion(Name n) {
        Gazetteer.Entry e = n.entry();
        String arabic = e.arabicName() == null ? null : e.arabicName().split("\\|")[0];
        return new Suggestion(n.shown(), n.arabic() ? n.shown() : arabic, e.name(), e.admin1(), e.country(), e.lat(), e.lon());
    }

    private static String key(String s) {
        return hasArabic(s) ? ArabicNormalizer.normalizeWord(s) : latin(s);
    }

    private static String latin(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean hasArabic(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC);
    }
}
