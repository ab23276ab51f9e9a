package org.raqib.resolve.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Turns GeoNames dump lines into Raqib's compact gazetteer: places with at least one Arabic
 * name, each with its first-level division named in English. Two passes over the input:
 * the first learns each division's seat (to name divisions the curated table lacks).
 */
public final class GazetteerBuilder {
    /** The countries of the default gazetteer: the Middle East, North Africa and their neighbours at war. */
    public static final Set<String> MENA = Set.of("SY", "IQ", "YE", "LY", "PS", "LB", "JO", "IL", "EG", "SD", "SS",
            "SO", "SA", "TR", "IR", "AF", "TN", "DZ", "MA", "MR", "ML", "NE", "TD", "KW", "BH", "QA", "AE", "OM", "DJ", "ER");
    static final String HEADER = "# raqib gazetteer v1: geonameid, country, admin1 code, admin1 name, feature code, "
            + "population, lat, lon, name, Arabic names (|). Data: GeoNames (geonames.org), CC BY 4.0.";

    private GazetteerBuilder() {}

    /**
     * Reads GeoNames lines twice (the supplier opens the input anew) and writes the compact
     * rows; {@code countries} null keeps every country. Returns the number of places written.
     * A malformed line stops the build with {@link GeoNamesFormat.FormatException} before
     * anything is written.
     */
    public static long build(Supplier<BufferedReader> input, String source, Set<String> countries, Writer out,
                             Consumer<Long> progress) throws IOException {
        Map<String, String> seats = new HashMap<>();
        forEach(input, source, countries, g -> {
            if (g.isAdmin1Seat()) seats.merge(g.country() + "." + g.admin1(), g.name(), (a, b) -> a);
        }, null);
        out.write(HEADER);
        out.write('\n');
        long[] written = {0};
        IOException[] failure = {null};
        forEach(input, source, countries, g -> {
            if (g.arabicNames().isEmpty() || g.featureClass() != 'P') return;
            Admin1Names.Division d = Admin1Names.of(g.country(), g.admin1());
            String admin1 = d != null ? d.name() : seats.getOrDefault(g.country() + "." + g.admin1(), "");
            try {
                out.write(g.id() + "\t" + g.country() + "\t" + g.admin1() + "\t" + admin1 + "\t" + g.featureCode() + "\t"
                        + g.population() + "\t" + g.lat() + "\t" + g.lon() + "\t" + g.name() + "\t"
                        + String.join("|", g.arabicNames()) + "\n");
                written[0]++;
            } catch (IOException e) {
                failure[0] = e;
            }
        }, progress);
        if (failure[0] != null) throw failure[0];
        return written[0];
    }

    /** Checks every line first so a bad file is refused before anything is written. */
    public static long validate(Supplier<BufferedReader> input, String source) throws IOException {
        long[] n = {0};
        forEach(input, source, null, g -> n[0]++, null);
        if (n[0] == 0) throw new GeoNamesFormat.FormatException(source + ": no GeoNames lines");
        return n[0];
    }

    private static void forEach(Supplier<BufferedReader> input, String source, Set<String> countries,
                                Consumer<GeoName> sink, Consumer<Long> progress) throws IOException {
        try (BufferedReader r = input.get()) {
            String line;
            long no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isEmpty() || line.startsWith("#")) continue;
                GeoName g = GeoNamesFormat.parse(line, no, source);
                if (countries == null || countries.contains(g.country())) sink.accept(g);
                if (progress != null && no % 100_000 == 0) progress.accept(no);
            }
        }
    }
}
