package org.raqib.resolve.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.raqib.text.ArabicNormalizer;
import org.raqib.text.PhraseMatcher;

/**
 * Places by their Arabic names, in Raqib's compact format (see {@link GazetteerBuilder}).
 * The default ships in the jar: the populated places of the Middle East and North Africa
 * from GeoNames cities500 (CC BY 4.0); {@code raqib gazetteer import} adds full dumps.
 */
public final class Gazetteer {
    /** A place: GeoNames id, country, first-level division (code and English name), position. */
    public record Entry(long id, String country, String admin1Code, String admin1, String featureCode, long population,
                        double lat, double lon, String name, String arabicName) {}

    private static final String DEFAULT_RESOURCE = "gazetteer-mena.tsv.gz";
    /** Arabic place names that are also everyday words in news text. */
    private static final java.util.Set<String> COMMON_WORDS = commonWords();

    private final Map<Long, Entry> entries;
    /** The first words of this gazetteer's names, shared by its two matchers only. */
    private final org.raqib.text.FormBits index = new org.raqib.text.FormBits();
    private final PhraseMatcher<List<Entry>> byName = new PhraseMatcher<>(index);
    private final PhraseMatcher<Admin1Names.Division> divisions = new PhraseMatcher<>(index);

    private Gazetteer(Map<Long, Entry> entries) {
        this.entries = entries;
        Map<String, List<Entry>> names = new HashMap<>();
        for (Entry e : entries.values()) {
            for (String n : e.arabicName().split("\\|")) {
                String norm = ArabicNormalizer.normalizeWord(n);
                if (norm.replace(" ", "").length() < 3 || common(norm)) continue;
                List<Entry> list = names.computeIfAbsent(norm, k -> new ArrayList<>(1));
                if (!list.contains(e)) list.add(e);
            }
        }
        // most populous first, so a name's reading is the first entry in the report's country, else the first
        names.forEach((n, list) -> {
            list.sort(java.util.Comparator.comparingLong(Entry::population).reversed());
            byName.add(n, List.copyOf(list));
        });
        Admin1Names.arabicAliases().forEach((d, aliases) -> aliases.forEach(a -> divisions.add(a, d)));
    }

    private static final class DefaultHolder {
        static final Gazetteer DEFAULT = loadDefault();
    }

    /** The gazetteer shipped in the jar. */
    public static Gazetteer defaults() { return DefaultHolder.DEFAULT; }

    private static Gazetteer loadDefault() {
        InputStream in = Gazetteer.class.getResourceAsStream(DEFAULT_RESOURCE);
        if (in == null) throw new IllegalStateException("missing " + DEFAULT_RESOURCE + " beside " + Gazetteer.class.getName());
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            return new Gazetteer(readEntries(r, DEFAULT_RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A gazetteer of the compact format (as written by {@link GazetteerBuilder}). */
    public static Gazetteer read(BufferedReader r, String source) throws IOException {
        return new Gazetteer(readEntries(r, source));
    }

    /** This gazetteer with another's places added (the other wins where both have a place). */
    public Gazetteer with(Gazetteer other) {
        Map<Long, Entry> all = new LinkedHashMap<>(entries);
        all.putAll(other.entries);
        return new Gazetteer(all);
    }

    public int size() { return entries.size(); }

    public Collection<Entry> entries() { return entries.values(); }

    PhraseMatcher<List<Entry>> names() { return byName; }

    PhraseMatcher<Admin1Names.Division> divisions() { return divisions; }

    /** A common word with or without its article: "ثورة" is read as "الثورة" (للثورة السورية), a word, not the town. */
    private static boolean common(String name) {
        return COMMON_WORDS.contains(name) || COMMON_WORDS.contains("ال" + name)
                || name.startsWith("ال") && COMMON_WORDS.contains(name.substring(2));
    }

    /**
     * A division named after its seat, in plain letters as ACLED writes it ("Hakkâri" → "Hakkari",
     * "Kermānshāh" → "Kermanshah"), so exports and scores match the names users load them against.
     */
    static String ascii(String name) {
        if (name.chars().allMatch(ch -> ch < 128)) return name;
        String plain = java.text.Normalizer.normalize(name.replace('ı', 'i').replace('İ', 'I'), java.text.Normalizer.Form.NFD);
        return plain.replaceAll("\\p{M}+", "");
    }

    /** not-place-names.tsv beside this class (normalized as the names are). */
    private static java.util.Set<String> commonWords() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (var r : org.raqib.rules.RuleFile.read(org.raqib.rules.RuleSource.beside(Gazetteer.class), "not-place-names.tsv", 1, 1)) {
            out.add(ArabicNormalizer.normalizeWord(r.col(0)));
        }
        return java.util.Set.copyOf(out);
    }

    private static Map<Long, Entry> readEntries(BufferedReader r, String source) throws IOException {
        Map<Long, Entry> out = new LinkedHashMap<>();
        String line;
        long no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] c = line.split("\t", -1);
            if (c.length != 10) {
                throw new GeoNamesFormat.FormatException(source + ":" + no + ": not a Raqib gazetteer line: expected 10 columns, found " + c.length);
            }
            try {
                double lat = Double.parseDouble(c[6]);
                double lon = Double.parseDouble(c[7]);
                // the curated division wins over the name stored when the file was built
                // (admin1.tsv may have renamed it, or split it finer since)
                Admin1Names.Division d = Admin1Names.at(c[1], c[2], lat, lon);
                Entry e = new Entry(Long.parseLong(c[0]), c[1], d != null ? d.code() : c[2], d != null ? d.name() : ascii(c[3]),
                        c[4], Long.parseLong(c[5]), lat, lon, c[8], c[9]);
                out.put(e.id(), e);
            } catch (NumberFormatException ex) {
                throw new GeoNamesFormat.FormatException(source + ":" + no + ": not a Raqib gazetteer line: " + ex.getMessage());
            }
        }
        return out;
    }
}
