package org.raqib.resolve.place;

import java.util.ArrayList;
import java.util.List;
import org.raqib.rules.RuleData;
import org.raqib.rules.RuleFile;
import org.raqib.rules.WordSet;
import org.raqib.rules.WordSets;
import org.raqib.text.PhraseMatcher;
import org.raqib.text.PhraseMatcher.Match;
import org.raqib.text.ArabicNormalizer;
import org.raqib.text.Token;

/**
 * Finds places in a stretch of text: gazetteer names, division names (محافظة نينوى، ريف
 * دمشق) and unknown names after a place word (قرية الشهابات). The words before a name set
 * the ACLED precision (place-words.tsv). A name shared by several places is read as the one
 * in the country the report is about, else the most populous.
 */
public final class PlaceResolver {
    /** The words of a rule set around place names (place-words.tsv, and words.tsv's place-name-stop). */
    public static final class Words {
        enum Role { KIND, NEAR, REGION, BACK, TERRITORY, SITE, COMMON }

        private final PhraseMatcher<Role> words;
        /** Its word sets, for the words that end an unknown place name (قرية الشهابات في ريف ...). */
        private final WordSets wordSets;

        public Words(RuleData rules) {
            words = new PhraseMatcher<>(rules.index());
            for (RuleFile.Row r : RuleFile.read(rules.source(), "place-words.tsv", 2, 2)) words.add(r.col(0), r.kind(1, Role.class));
            wordSets = rules.words();
        }
    }

    private static final long MIN_BARE_POPULATION = 100_000;
    private final Gazetteer gazetteer;
    private final PhraseMatcher<Words.Role> words;
    private final WordSets wordSets;

    public PlaceResolver(Gazetteer gazetteer, Words words) {
        this.gazetteer = gazetteer;
        this.words = words.words;
        this.wordSets = words.wordSets;
    }

    /** Places named in tokens [from, to), skipping the token ranges in {@code skip} (parties' names). */
    public List<PlaceMention> find(List<Token> t, int from, int to, String country, List<int[]> skip) {
        List<PlaceMention> out = new ArrayList<>();
        boolean near = false, rural = false, region = false;
        int lastModifier = -10;
        for (int i = from; i < to; i++) {
            int skipTo = skipped(i, skip);
            if (skipTo > i) {
                i = skipTo - 1;
                continue;
            }
            Match<Words.Role> w = words.matchAt(t, i, to);
            if (w != null && (w.value() == Words.Role.BACK || w.value() == Words.Role.REGION)) {
                // المحافظة الوسطى، محافظة دير البلح: a division whose own name begins with the word
                Match<Admin1Names.Division> d = gazetteer.divisions().matchAt(t, i, to);
                if (d != null && d.to() > w.to() && (country == null || d.value().country().equals(country))) {
                    out.add(new PlaceMention(i, i, d.to(), text(t, i, d.to()),
                            null, d.value().name(), d.value().country(), false, false, true, false));
                    i = d.to() - 1;
                    continue;
                }
            }
            if (w != null && w.value() != Words.Role.KIND) {
                switch (w.value()) {
                    case NEAR -> {
                        boolean rif = t.get(i).hasForm("ريف") || t.get(i).hasForm("الريف");
                        Match<Admin1Names.Division> d = gazetteer.divisions().matchAt(t, i, to);
                        if (d != null && (country == null || d.value().country().equals(country))) {
                            // ريف دمشق, جنوب لبنان, شمال دارفور: a division whose name begins with the word
                            out.add(new PlaceMention(i, i, d.to(), text(t, i, d.to()),
                                    null, d.value().name(), d.value().country(), false, rif, !rif, false));
                            i = d.to() - 1;
                            continue;
                        }
                        if (rif) {
                            rural = true;
                        } else {
                            near = true;
                        }
                        lastModifier = w.to();
                    }
                    case REGION -> { region = true; lastModifier = w.to(); }
                    case BACK -> out.add(new PlaceMention(i, w.to(), w.to(), null, null, null, null, true, false, false, true));
                    case TERRITORY -> { i = skipName(t, w.to(), to) - 1; continue; }
                    case SITE -> { // سوق شعبي في دوما: a market's or street's name is no place; the town after it is
                        if (gazetteer.names().matchAt(t, w.to(), to) == null) {
                            i = skipName(t, w.to(), to) - 1;
                            continue;
                        }
                    }
                    default -> { }
                }
                i = w.to() - 1;
                continue;
            }
            if (i - lastModifier > 2) {
                near = false;
                rural = false;
                region = false;
            }
            int nameAt = w != null ? w.to() : i;
            if (nameAt >= to) break;
            if (w == null && i > from && t.get(i - 1).isNumber()) continue; // "16 آب" is a month, not Ibb
            PlaceMention m = known(t, i, nameAt, to, country, near, rural, region);
            if (m == null && w != null && !w.phrase().equals("العاصمه")) {
                int end = skipName(t, nameAt, to);
                if (end > nameAt) {
                    String name = text(t, nameAt, end);
                    m = new PlaceMention(i, nameAt, end, name, null, null, null, near, rural, false, false);
                }
            }
            if (m != null) {
                out.add(m);
                i = m.to() - 1;
                near = false;
                rural = false;
                region = false;
            }
        }
        return out;
    }

    private PlaceMention known(List<Token> t, int start, int nameAt, int to, String country, boolean near, boolean rural,
                               boolean region) {
        Match<List<Gazetteer.Entry>> town = gazetteer.names().matchAt(t, nameAt, to);
        Match<Admin1Names.Division> division = gazetteer.divisions().matchAt(t, nameAt, to);
        boolean regionFirst = region || rural;
        // "في الجوف" in a report on Yemen: its governorate, not a namesake town abroad
        boolean townAbroad = division != null && town != null && country != null && !anyIn(town.value(), country);
        if (division != null && (town == null || division.to() > town.to() || ((regionFirst || townAbroad) && division.to() >= town.to()))) {
            Admin1Names.Division d = division.value();
            boolean inCountry = country == null || d.country().equals(country);
            // a division abroad (the Red Sea state of Sudan in a report on Yemen's coast) is not the place
            if (inCountry) {
                return new PlaceMention(start, nameAt, division.to(), text(t, nameAt, division.to()),
                        null, d.name(), d.country(), near, rural, region || (!near && !rural && start == nameAt && (town == null || townAbroad)), false);
            }
        }
        if (town == null) return null;
        Gazetteer.Entry e = choose(town.value(), country);
        // many Arabic words are also the name of some village abroad (بيان، حربية): in a report about
        // one country only its places count; with the country unknown, only a named kind of place or a city
        boolean kindWord = nameAt > start;
        if (country != null ? !e.country().equals(country) : !kindWord && e.population() < MIN_BARE_POPULATION) return null;
        String name = withoutClitic(text(t, nameAt, town.to()), e);
        return new PlaceMention(start, nameAt, town.to(), name, e, e.admin1().isEmpty() ? null : e.admin1(), e.country(),
                near, rural, region, false);
    }

    /** "بصنعاء", "وبالموصل": the name as the gazetteer has it, without the clitics written onto it. */
    public static String withoutClitic(String name, Gazetteer.Entry e) {
        if (e == null) return name;
        java.util.List<String> names = NORMALIZED_NAMES.computeIfAbsent(e.arabicName(),
                n -> java.util.Arrays.stream(n.split("\\|")).map(ArabicNormalizer::normalizeWord).toList());
        for (int k = 0; k <= 2 && name.length() - k > 2; k++) {
            String rest = name.substring(k);
            if (names.contains(ArabicNormalizer.normalizeWord(rest))) return rest;
            if ("وفبلك".indexOf(name.charAt(k)) < 0) break;
        }
        return name;
    }

    /** A gazetteer entry's Arabic names, normalized once (a cache of immutable values, safe to share). */
    private static final java.util.Map<String, java.util.List<String>> NORMALIZED_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The most populous place of the name in the report's country, else the most populous (the gazetteer lists them so). */
    private static boolean anyIn(List<Gazetteer.Entry> candidates, String country) {
        for (int k = 0, n = candidates.size(); k < n; k++) if (candidates.get(k).country().equals(country)) return true;
        return false;
    }

    private static Gazetteer.Entry choose(List<Gazetteer.Entry> candidates, String country) {
        if (country != null) {
            for (int k = 0, n = candidates.size(); k < n; k++) if (candidates.get(k).country().equals(country)) return candidates.get(k);
        }
        return candidates.getFirst();
    }

    private boolean isKindWord(List<Token> t, int k, int to) {
        Match<Words.Role> w = words.matchAt(t, k, to);
        return w != null && w.value() == Words.Role.KIND;
    }

    private int skipName(List<Token> t, int k, int to) {
        int end = k;
        while (end < to && end - k < 3) {
            Token tok = t.get(end);
            if (tok.is('#') || tok.is('"')) {
                end++;
                continue;
            }
            if (!tok.isWord() || wordSets.has(tok, WordSet.PLACE_NAME_STOP)) break;
            // "بلدة حناوية قضاء صور"، "بلدة الكنيسة و6": a place word or a lone و ends the name
            if (end > k && (tok.textIs("و") || isKindWord(t, end, to))) break;
            // "مديرية مستبأ بحجة": a known place with ب on it is where the unknown one lies, not its name
            if (end > k && tok.text().startsWith("ب") && tok.forms().length > 1
                    && (gazetteer.names().matchAt(t, end, to) != null || gazetteer.divisions().matchAt(t, end, to) != null)) break;
            end++;
        }
        return end;
    }

    /** The normalized words of tokens [from, to), one space apart (as ArabicNormalizer.normalizeWord gives them). */
    private static String text(List<Token> t, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (!t.get(k).isWord()) continue;
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(t.get(k).text());
        }
        return sb.toString();
    }

    private static int skipped(int i, List<int[]> skip) {
        for (int[] r : skip) if (i >= r[0] && i < r[1]) return r[1];
        return i;
    }

}
