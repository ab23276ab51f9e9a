package org.raqib.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.model.Grade;
import org.raqib.model.Incident;
import org.raqib.store.AuditEntry;
import org.raqib.store.Store;

/** The application layer on an embedded store: what a run, a server or a crawler relies on. */
class PipelineTest {
    private static final Path DEMO = Path.of("..", "samples", "reports", "demo.jsonl");
    private static final String FIRST = "{\"id\": \"first\", \"published\": \"2019-05-13\", \"text\": "
            + "\"قال المرصد السوري لحقوق الإنسان إن 11 مدنيا بينهم 4 أطفال قتلوا أمس في غارات روسية على بلدة كفرنبل جنوبي إدلب.\"}\n";
    private static final String SECOND = "{\"id\": \"second\", \"published\": \"2019-05-13\", \"text\": "
            + "\"وأفادت مصادر محلية بمقتل 13 مدنيا في غارة روسية على بلدة كفرنبل في ريف إدلب الجنوبي يوم الأحد.\"}\n";

    @TempDir
    Path dir;

    private Pipeline open(Store store) throws IOException {
        return new Pipeline(store, Extraction.forData(dir.resolve("data")));
    }

    private long lastRelinked;

    private Pipeline run(Store store, String... inputs) throws IOException {
        Pipeline p = open(store);
        if (inputs.length > 0) assertThat(p.ingest(List.of(inputs), null, w -> { }, x -> { }).failed()).isZero();
        assertThat(p.extract(false, Progress.NONE).problems()).isEmpty();
        lastRelinked = p.relink().claimsRelinked();
        return p;
    }

    @Test
    void anAnalystsGradeStaysWithItsIncidentWhenAnotherReportOfTheStrikeArrives() throws IOException {
        Path first = Files.writeString(dir.resolve("first.jsonl"), FIRST);
        Path second = Files.writeString(dir.resolve("second.jsonl"), SECOND);
        try (Store store = Store.open(dir.resolve("data"))) {
            run(store, first.toString());
            Incident before = store.incidents().all().getFirst();
            open(store).grade(before.id(), Grade.DISCOUNTED, "analyst-1", "the village was empty that week");

            run(store, second.toString());
            assertThat(store.incidents().all()).singleElement().satisfies(i -> {
                assertThat(i.id()).isEqualTo(before.id());
                assertThat(i.claimIds()).hasSize(2).containsAll(before.claimIds());
                assertThat(i.assessment().grade()).isEqualTo(Grade.DISCOUNTED);
                assertThat(i.assessment().independentSources()).isEqualTo(2);
            });
            assertThat(store.audit().about("incident:" + before.id())).extracting(AuditEntry::action)
                    .containsExactly("created", "grade");
        }
    }

    @Test
    void addingReportsInTwoRunsGivesTheIncidentsOfOneRun() throws IOException {
        List<String> lines = Files.readAllLines(DEMO);
        Path half = Files.write(dir.resolve("half.jsonl"), lines.subList(0, lines.size() / 2));
        Path rest = Files.write(dir.resolve("rest.jsonl"), lines.subList(lines.size() / 2, lines.size()));
        Set<Set<String>> incremental;
        try (Store store = Store.open(dir.resolve("data"))) {
            run(store, half.toString());
            Pipeline p = run(store, rest.toString());
            incremental = partition(store);
            assertThat(p.relink().claimsRelinked()).as("nothing new: nothing relinked").isZero();
        }
        try (Store store = Store.open(dir.resolve("all-at-once"))) {
            run(store, DEMO.toString());
            assertThat(incremental).isEqualTo(partition(store)).hasSize(7);
        }
    }

    /** Dense, made-up reporting: 240 reports on 25 villages over 12 days, in three batches, link as all at once. */
    @Test
    void manyReportsAddedInBatchesLinkAsAllAtOnce() throws IOException {
        var places = org.raqib.resolve.place.Gazetteer.defaults().entries().stream()
                .filter(e -> e.country().equals("SY") && e.admin1().equals("Idlib") && e.arabicName() != null
                        && !e.arabicName().isBlank() && !e.arabicName().contains("|"))
                .limit(25).toList();
        String[] perpetrators = {"روسية", "لقوات النظام"};
        java.util.Random random = new java.util.Random(5);
        List<List<String>> batches = List.of(new java.util.ArrayList<>(), new java.util.ArrayList<>(), new java.util.ArrayList<>());
        for (int i = 0; i < 240; i++) {
            String place = places.get(random.nextInt(places.size())).arabicName();
            String text = "قتل " + (2 + random.nextInt(20)) + " مدنيين أمس في غارات " + perpetrators[random.nextInt(2)]
                    + " على بلدة " + place + ".";
            String line = "{\"id\": \"r" + i + "\", \"published\": \"2019-05-" + (10 + random.nextInt(12))
                    + "\", \"text\": \"" + text + "\"}";
            // most arrive first; the later batches are small enough to be relinked incrementally, not in full
            int b = random.nextInt(20);
            batches.get(b < 17 ? 0 : b < 19 ? 1 : 2).add(line);
        }
        Path all = Files.write(dir.resolve("all.jsonl"), batches.stream().flatMap(List::stream).toList());
        Set<Set<String>> incremental;
        try (Store store = Store.open(dir.resolve("data"))) {
            for (int b = 0; b < batches.size(); b++) {
                run(store, Files.write(dir.resolve("batch" + b + ".jsonl"), batches.get(b)).toString());
                if (b > 0) assertThat(lastRelinked).as("batch %d relinked a part, not all", b).isLessThan(store.claims().count());
            }
            incremental = partition(store);
        }
        try (Store store = Store.open(dir.resolve("all-at-once"))) {
            run(store, all.toString());
            assertThat(incremental).isEqualTo(partition(store));
            assertThat(store.incidents().count()).isBetween(20L, 239L); // some reports link, not all into one
        }
    }

    @Test
    void readingEverythingAgainUnderTheSameRulesChangesNoClaimAndRelinksNothing() throws IOException {
        try (Store store = Store.open(dir.resolve("data"))) {
            Pipeline p = run(store, DEMO.toString());
            List<Incident> before = store.incidents().all();
            Pipeline.ExtractReport again = p.extract(true, Progress.NONE);
            assertThat(again.documents()).isEqualTo(15);
            assertThat(again.claimsAdded() + again.claimsChanged() + again.claimsRemoved()).isZero();
            assertThat(p.relink().claimsRelinked()).isZero();
            assertThat(store.incidents().all()).isEqualTo(before);
            assertThat(store.claims().toExtract(p.extraction().version())).isEmpty();
        }
    }

    @Test
    void aGradeNeedsAnAnalystAndAnIncidentThatExists() throws IOException {
        try (Store store = Store.open(dir.resolve("data"))) {
            Pipeline p = run(store, DEMO.toString());
            String id = store.incidents().all().getFirst().id();
            assertThatThrownBy(() -> p.grade(id, Grade.WEAK, " ", null)).hasMessageContaining("analyst");
            assertThatThrownBy(() -> p.grade("inc-000000000000", Grade.WEAK, "a", null)).hasMessageContaining("no incident");
        }
    }

    private static Set<Set<String>> partition(Store store) {
        Set<Set<String>> out = new HashSet<>();
        for (Incident i : store.incidents().all()) out.add(new TreeSet<>(i.claimIds()));
        return out.stream().map(s -> (Set<String>) s).collect(Collectors.toSet());
    }

    @Test
    void aRejectedClaimLeavesItsIncidentAndACorrectionReachesTheAssessmentAtTheNextRelink() throws IOException {
        Path first = Files.writeString(dir.resolve("first.jsonl"), FIRST);
        Path second = Files.writeString(dir.resolve("second.jsonl"), SECOND);
        try (Store store = Store.open(dir.resolve("data"))) {
            run(store, first.toString(), second.toString());
            Incident before = store.incidents().all().getFirst();
            assertThat(before.claimIds()).hasSize(2);
            String rejected = before.claimIds().stream().sorted().findFirst().orElseThrow();
            store.reviews().save(rejected, org.raqib.store.ClaimReviews.Status.REJECTED, null, "analyst-1", "not a claim", 0);
            run(store);
            assertThat(store.incidents().all()).singleElement().satisfies(i -> {
                assertThat(i.id()).isEqualTo(before.id());
                assertThat(i.claimIds()).doesNotContain(rejected).hasSize(1);
            });
            // new rules read every document again: the rejection stands
            open(store).extract(true, Progress.NONE);
            run(store);
            assertThat(store.incidents().all()).allSatisfy(i -> assertThat(i.claimIds()).doesNotContain(rejected));
        }
    }

    @Test
    void aCorrectedDateMovesWhereIncrementalLinkingLooksForTheClaim() throws IOException {
        Path first = Files.writeString(dir.resolve("first.jsonl"), FIRST);
        // a report of a strike on the same town, five weeks later
        Path later = Files.writeString(dir.resolve("later.jsonl"), "{\"id\": \"later\", \"published\": \"2019-06-21\", "
                + "\"text\": \"قتل 12 مدنيا أمس في غارات روسية على بلدة كفرنبل جنوبي إدلب.\"}\n");
        try (Store store = Store.open(dir.resolve("data"))) {
            // the demo reports too, so that one new report is relinked incrementally, not the whole archive
            run(store, first.toString(), DEMO.toString());
            var machine = store.claims().all().stream().filter(x -> x.claim().evidence().text().contains("كفرنبل")).findFirst().orElseThrow();
            var c = machine.claim();
            var day = java.time.LocalDate.parse("2019-06-20");
            var corrected = new org.raqib.model.Claim(c.doc(), c.kind(), c.stance(), c.source(), c.perpetrator(), c.eventType(),
                    new org.raqib.model.DateRange(null, day, day), c.place(), c.counts(), c.evidence());
            store.reviews().save(machine.id(), org.raqib.store.ClaimReviews.Status.CORRECTED, corrected, "analyst-1",
                    "the report was filed weeks after the strike", 0);
            run(store);
            run(store, later.toString());
            assertThat(lastRelinked).as("relinked incrementally").isLessThan(store.claims().count());
            Set<Set<String>> incremental = partition(store);
            String laterClaim = store.claims().all().stream().filter(x -> x.claim().evidence().text().contains("12 مدنيا"))
                    .findFirst().orElseThrow().id();
            assertThat(incremental).as("the corrected claim and the later report of its day")
                    .anySatisfy(i -> assertThat(i).contains(machine.id(), laterClaim));

            Extraction e = open(store).extraction();
            new Pipeline(store, new Extraction(e.extractor(), e.version(), e.linkerVersion() + "+full")).relink();
            assertThat(partition(store)).isEqualTo(incremental);
        }
    }
}
