package org.raqib.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.raqib.link.Linker;
import org.raqib.model.ActorMention;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.Count;
import org.raqib.model.DateRange;
import org.raqib.model.EventType;
import org.raqib.model.Incident;
import org.raqib.model.Kind;
import org.raqib.model.Place;
import org.raqib.model.SourcedClaim;
import org.raqib.model.Span;
import org.raqib.model.Stance;

/**
 * {@code raqib bench link}: links and assesses synthetic claims shaped like real ones (several
 * outlets per strike, syndicated copies, a tenth of tallies, 2,000 located villages in 5
 * countries over three years, a sixth of reports naming only the governorate and a few no
 * place at all) and prints the time. Generation is not timed.
 */
final class LinkBench {
    private static final String[] COUNTRIES = {"SY", "IQ", "YE", "PS", "LY"};
    private static final String[] ACTORS = {"COALITION", "RUSSIA", "SYRIA_GOV", "ISRAEL", "SAUDI_COALITION", "ISIS"};
    private static final String[] SOURCES = {"SOHR", "LOCAL", "MEDICAL", "CIVIL_DEFENSE", "MEDIA", "UN"};

    private LinkBench() {}

    static int run(int n, PrintWriter out) {
        long t0 = System.nanoTime();
        List<SourcedClaim> claims = generate(n, new SplittableRandom(2018));
        long t1 = System.nanoTime();
        out.printf("bench link: %,d synthetic claims generated in %.1f s (not timed below)%n", claims.size(), (t1 - t0) / 1e9);
        Linker linker = new Linker();
        linker.addAll(claims);
        linker.groups();
        long t2 = System.nanoTime();
        List<Incident> incidents = linker.incidents(Map.of());
        long t3 = System.nanoTime();
        out.printf("%-34s %8.1f s%n", "link", (t2 - t1) / 1e9);
        out.printf("%-34s %8.1f s%n", "group and assess", (t3 - t2) / 1e9);
        out.printf("%-34s %8.1f s   (goal: under 60 s)%n", "total", (t3 - t1) / 1e9);
        out.printf("%,d claims -> %,d incidents (%,d generated)%n", claims.size(), incidents.size(), generatedIncidents(claims));
        printPairScores(linker.groups(), out);
        out.flush();
        return 0;
    }

    /** The incident a synthetic claim was generated for, from its document id doc-INCIDENT-REPORT. */
    private static String truth(SourcedClaim c) {
        return c.docSha().substring(0, c.docSha().lastIndexOf('-'));
    }

    private static long generatedIncidents(List<SourcedClaim> claims) {
        return claims.stream().map(LinkBench::truth).distinct().count();
    }

    /**
     * Pair precision and recall of the linking against the generated truth: of the pairs of
     * claims linked together, how many were generated for one incident, and of those, how many
     * were linked. Two strikes on one village on one day cannot be told apart, so precision
     * below 1 is expected.
     */
    private static void printPairScores(List<List<SourcedClaim>> groups, PrintWriter out) {
        long linkedPairs = 0, rightPairs = 0;
        Map<String, Long> truthSizes = new HashMap<>();
        for (List<SourcedClaim> g : groups) {
            linkedPairs += pairs(g.size());
            Map<String, Long> byTruth = new HashMap<>();
            for (SourcedClaim c : g) byTruth.merge(truth(c), 1L, Long::sum);
            byTruth.forEach((truth, k) -> truthSizes.merge(truth, k, Long::sum));
            for (long k : byTruth.values()) rightPairs += pairs(k);
        }
        long truePairs = truthSizes.values().stream().mapToLong(LinkBench::pairs).sum();
        out.printf("pairs of claims linked: precision %.3f, recall %.3f against the generated incidents%n",
                linkedPairs == 0 ? 1.0 : (double) rightPairs / linkedPairs, truePairs == 0 ? 1.0 : (double) rightPairs / truePairs);
    }

    private static long pairs(long k) { return k * (k - 1) / 2; }

    static List<SourcedClaim> generate(int n, SplittableRandom random) {
        List<SourcedClaim> out = new ArrayList<>(n);
        LocalDate start = LocalDate.of(2017, 1, 1);
        int incident = 0;
        while (out.size() < n) {
            incident++;
            boolean tally = random.nextInt(10) == 0;
            int country = random.nextInt(COUNTRIES.length);
            int admin1 = random.nextInt(14);
            int village = random.nextInt(400);
            LocalDate day = start.plusDays(random.nextInt(3 * 365));
            String perpetrator = random.nextInt(10) == 0 ? null : ACTORS[random.nextInt(ACTORS.length)];
            long toll = 1 + random.nextInt(40);
            int reports = 1 + random.nextInt(7);
            for (int r = 0; r < reports && out.size() < n; r++) {
                String source = SOURCES[random.nextInt(SOURCES.length)];
                boolean copy = r > 0 && random.nextInt(4) == 0; // a syndicated copy of the first report
                String evidence = "ev " + incident + " " + (copy ? 0 : r);
                long figure = copy ? toll : Math.max(1, toll + random.nextInt(5) - 2);
                Map<Category, Count> counts = new EnumMap<>(Category.class);
                counts.put(Category.CIVILIANS_KILLED, new Count(figure, figure, figure, null, null));
                // villages on a grid of about 11 km, 20 per row, in their governorate's own square
                double lat = 30 + country + admin1 * 0.5 + (village / 20) * 0.1, lon = 35 + (village % 20) * 0.1;
                int vagueness = random.nextInt(20);
                Place place = tally || vagueness < 3 ? new Place("region", null, COUNTRIES[country] + "-" + admin1, COUNTRIES[country], null, null, 3)
                        : vagueness == 3 ? null
                        : new Place("place", "village " + village, COUNTRIES[country] + "-" + admin1, COUNTRIES[country], lat, lon, 1);
                DateRange date = tally ? new DateRange("month", day.withDayOfMonth(1), day.withDayOfMonth(1).plusMonths(1).minusDays(1))
                        : new DateRange("day", day, day);
                Claim c = new Claim("d" + incident + "-" + r, tally ? Kind.AGGREGATE : Kind.INCIDENT, Stance.ALLEGES,
                        new ActorMention(source, source), perpetrator == null ? null : new ActorMention(perpetrator, perpetrator),
                        EventType.AIRSTRIKE, date, place, counts, new Span(0, evidence.length(), evidence));
                String doc = "doc-" + incident + "-" + r;
                out.add(new SourcedClaim(doc + ":0", doc, "outlet" + random.nextInt(50), day.plusDays(random.nextInt(2)),
                        random.nextLong(), c));
            }
        }
        return out;
    }
}
