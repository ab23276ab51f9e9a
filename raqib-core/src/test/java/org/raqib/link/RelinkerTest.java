package org.raqib.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.raqib.model.Place;
import org.raqib.model.SourcedClaim;
import org.raqib.model.Span;

/** Relinking only what a change can reach gives the incidents that linking everything again gives. */
class RelinkerTest {
    private static final LocalDate DAY = LocalDate.of(2019, 5, 12);

    @Test
    void addingReportsRelinksToWhatAFullRelinkGives() {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<SourcedClaim> all = claims(random, 300);
            List<SourcedClaim> old = new ArrayList<>(), added = new ArrayList<>();
            for (SourcedClaim c : all) (random.nextInt(5) == 0 ? added : old).add(c);

            Set<Set<String>> incremental = relink(partition(old), added, Set.of(), all);
            assertThat(incremental).as("round %d", round).isEqualTo(partition(all));
        }
    }

    @Test
    void removingReportsRelinksToWhatAFullRelinkGives() {
        Random random = new Random(13);
        for (int round = 0; round < 20; round++) {
            List<SourcedClaim> all = claims(random, 300);
            List<SourcedClaim> removed = new ArrayList<>(), kept = new ArrayList<>();
            for (SourcedClaim c : all) (random.nextInt(6) == 0 ? removed : kept).add(c);
            Set<Set<String>> before = partition(all);
            // seeds: the claims that shared an incident with a removed claim
            Set<String> gone = removed.stream().map(SourcedClaim::id).collect(Collectors.toSet());
            List<SourcedClaim> seeds = new ArrayList<>();
            for (Set<String> incident : before) {
                if (incident.stream().noneMatch(gone::contains)) continue;
                for (SourcedClaim c : kept) if (incident.contains(c.id())) seeds.add(c);
            }
            Set<Set<String>> incremental = relink(before, seeds, gone, kept);
            assertThat(incremental).as("round %d", round).isEqualTo(partition(kept));
        }
    }

    @Test
    void aClaimFarFromEveryOtherReachesOnlyItself() {
        List<SourcedClaim> all = new ArrayList<>(claims(new Random(3), 100));
        SourcedClaim far = LinkerTest.claim("far", LinkerTest.village("Hajin", 34.69, 40.83), DAY.plusYears(2), "COALITION", 4);
        all.add(far);
        assertThat(Relinker.reach(List.of(far), w -> near(w, all))).extracting(SourcedClaim::id).containsExactly("far");
    }

    /** The incremental path: the untouched incidents of before, plus a fresh linking of what the seeds reach. */
    private static Set<Set<String>> relink(Set<Set<String>> before, List<SourcedClaim> seeds, Set<String> gone,
                                           List<SourcedClaim> now) {
        List<SourcedClaim> affected = Relinker.reach(seeds, w -> near(w, now));
        Set<String> ids = affected.stream().map(SourcedClaim::id).collect(Collectors.toSet());
        Set<Set<String>> out = new HashSet<>();
        for (Set<String> incident : before) {
            if (incident.stream().noneMatch(ids::contains) && incident.stream().noneMatch(gone::contains)) out.add(incident);
        }
        out.addAll(partition(affected));
        return out;
    }

    /** What the store's query for a window returns (here: exactly the window's claims). */
    private static final Map<SourcedClaim, Relinker.Footprint> FOOTPRINTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Collection<SourcedClaim> near(Relinker.Window w, List<SourcedClaim> claims) {
        List<SourcedClaim> out = new ArrayList<>();
        for (SourcedClaim c : claims) {
            Relinker.Footprint f = FOOTPRINTS.computeIfAbsent(c, Relinker::footprint);
            boolean copy = f.evidenceKey() == w.evidenceKey();
            boolean days = w.fromDay() != null && f.fromDay() != null && f.aggregate() == w.aggregate()
                    && (w.aggregate() ? f.fromDay().equals(w.fromDay()) && f.toDay().equals(w.toDay())
                    : f.fromDay() <= w.toDay() && f.toDay() >= w.fromDay());
            if (copy || days) out.add(c);
        }
        return out;
    }

    private static Set<Set<String>> partition(List<SourcedClaim> claims) {
        Linker l = new Linker();
        l.addAll(claims);
        Set<Set<String>> out = new HashSet<>();
        for (List<SourcedClaim> g : l.groups()) out.add(g.stream().map(SourcedClaim::id).collect(Collectors.toCollection(TreeSet::new)));
        return out;
    }

    /** Strikes on a dozen villages over three weeks, some reports vague, some copies of another's sentence. */
    private static List<SourcedClaim> claims(Random random, int n) {
        List<SourcedClaim> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Place place = switch (random.nextInt(7)) {
                case 0 -> LinkerTest.governorate();
                case 1 -> null;
                default -> {
                    int v = random.nextInt(12);
                    yield LinkerTest.village("v" + v, 35.5 + (v / 4) * 0.1, 36.5 + (v % 4) * 0.1);
                }
            };
            String perpetrator = random.nextInt(4) == 0 ? null : random.nextBoolean() ? "RUSSIA" : "SYRIA_GOV";
            LocalDate day = DAY.plusDays(random.nextInt(21));
            String id = String.format("c%03d", i);
            if (i > 0 && random.nextInt(10) == 0) {
                SourcedClaim copied = out.get(random.nextInt(out.size()));
                out.add(LinkerTest.claim(id, copied.claim().place(), day, perpetrator,
                        copied.claim().best(org.raqib.model.Category.CIVILIANS_KILLED), copied.claim().evidence()));
            } else {
                long civilians = 1 + random.nextInt(20);
                out.add(LinkerTest.claim(id, place, day, perpetrator, civilians,
                        new Span(0, 20, "sentence " + id + " " + civilians)));
            }
        }
        return out;
    }
}
