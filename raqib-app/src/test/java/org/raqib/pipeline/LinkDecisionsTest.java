package org.raqib.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.cli.Main;
import org.raqib.model.Incident;
import org.raqib.store.AuditEntry;
import org.raqib.store.Store;

/** Editors' merges and splits are constraints that every later run keeps, incremental or whole. */
class LinkDecisionsTest {
    // our own sentences: one strike reported twice, and two strikes in different governorates
    private static final String KAFRANBEL_1 = "{\"id\": \"k1\", \"published\": \"2019-05-13\", \"text\": "
            + "\"قال المرصد السوري لحقوق الإنسان إن 11 مدنيا بينهم 4 أطفال قتلوا أمس في غارات روسية على بلدة كفرنبل جنوبي إدلب.\"}\n";
    private static final String KAFRANBEL_2 = "{\"id\": \"k2\", \"published\": \"2019-05-13\", \"text\": "
            + "\"وأفادت مصادر محلية بمقتل 13 مدنيا في غارة روسية على بلدة كفرنبل في ريف إدلب الجنوبي يوم الأحد.\"}\n";
    private static final String DOUMA = "{\"id\": \"d1\", \"published\": \"2018-02-21\", \"text\": "
            + "\"قال الدفاع المدني إن 9 مدنيين قتلوا أمس في قصف على مدينة دوما في الغوطة الشرقية.\"}\n";
    private static final String MAYADIN = "{\"id\": \"a1\", \"published\": \"2018-02-21\", \"text\": "
            + "\"أفاد ناشطون بمقتل 7 مدنيين أمس في غارة على مدينة الميادين في ريف دير الزور الشرقي.\"}\n";
    private static final String LATER = "{\"id\": \"l1\", \"published\": \"2019-07-02\", \"text\": "
            + "\"قالت مصادر طبية إن 4 مدنيين قتلوا أمس في قصف على مدينة معرة النعمان في ريف إدلب.\"}\n";

    @TempDir
    Path dir;

    private int raqib(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        if (code != 0) throw new AssertionError(String.join(" ", args) + ": " + err);
        return code;
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void aClaimSplitOutStaysApartOnEveryLaterRun() throws IOException {
        Path data = dir.resolve("data");
        raqib("run", "--data", data.toString(), file("k.jsonl", KAFRANBEL_1 + KAFRANBEL_2).toString());
        String claim;
        try (Store store = Store.open(data)) {
            Incident both = store.incidents().all().stream().filter(i -> i.claimIds().size() == 2).findFirst().orElseThrow();
            claim = both.claimIds().stream().sorted().toList().get(1);
            Pipeline p = new Pipeline(store, Extraction.forData(data));
            String apart = p.split(claim, "editor-1", "a different strike the same day");
            assertThat(apart).isNotEqualTo(both.id());
            assertThat(store.incidents().find(both.id()).orElseThrow().claimIds()).doesNotContain(claim);
            assertThat(store.audit().entries()).extracting(AuditEntry::action).contains("link-cannot");
            // the incident the editor made starts unpublished; the one it left keeps its publication
            assertThat(store.publication().decisions()).containsEntry(apart, false).doesNotContainKey(both.id());
            assertThat(store.audit().about("incident:" + apart)).extracting(AuditEntry::actor).contains("editor-1");
        }
        raqib("run", "--data", data.toString(), file("later.jsonl", LATER).toString());
        try (Store store = Store.open(data)) {
            store.claims().relinkAllUnless("a linker that relinks everything");
            new Pipeline(store, Extraction.forData(data)).relink();
            assertThat(store.incidents().all()).filteredOn(i -> i.claimIds().contains(claim)).singleElement()
                    .satisfies(i -> assertThat(i.claimIds()).hasSize(1));
        }
    }

    @Test
    void twoMergedIncidentsStayMergedAfterALaterRun() throws IOException {
        Path data = dir.resolve("data");
        raqib("run", "--data", data.toString(), file("g.jsonl", DOUMA + MAYADIN).toString());
        String a, b;
        try (Store store = Store.open(data)) {
            List<Incident> two = store.incidents().all();
            assertThat(two).hasSize(2);
            a = two.get(0).id();
            b = two.get(1).id();
        }
        raqib("link", "merge", a, b, "--data", data.toString(), "--editor", "editor-1", "--reason", "the same raid reported under two towns");
        String merged;
        try (Store store = Store.open(data)) {
            assertThat(store.incidents().all()).singleElement().satisfies(i -> assertThat(i.claimIds()).hasSize(2));
            merged = store.incidents().all().getFirst().id();
        }
        // a later run with another document and new rules reading every document again
        raqib("run", "--data", data.toString(), file("later.jsonl", LATER).toString());
        try (Store store = Store.open(data)) {
            new Pipeline(store, Extraction.forData(data)).extract(true, Progress.NONE);
            new Pipeline(store, Extraction.forData(data)).relink();
            store.claims().relinkAllUnless("a linker that relinks everything");
            new Pipeline(store, Extraction.forData(data)).relink();
            assertThat(store.incidents().all()).hasSize(2);
            assertThat(store.incidents().find(merged)).hasValueSatisfying(i -> assertThat(i.claimIds()).hasSize(2));
        }
    }

    @Test
    void whicheverPartKeepsTheIdTheSplitClaimsIncidentIsUnpublishedAndTheOthersKeepTheirPublication() throws IOException {
        for (int which = 0; which < 2; which++) {
            Path data = dir.resolve("data-" + which);
            raqib("run", "--data", data.toString(), file("k" + which + ".jsonl", KAFRANBEL_1 + KAFRANBEL_2).toString());
            try (Store store = Store.open(data)) {
                Incident both = store.incidents().all().stream().filter(i -> i.claimIds().size() == 2).findFirst().orElseThrow();
                store.publication().set(both.id(), true, "editor-1", "checked");
                List<String> claims = both.claimIds().stream().sorted().toList();
                String claim = claims.get(which), other = claims.get(1 - which);
                String apart = new Pipeline(store, Extraction.forData(data)).split(claim, "editor-2", "another strike");
                String rest = store.incidents().ofClaims(List.of(other)).get(other);
                assertThat(apart).isNotEqualTo(rest);
                // both paths are taken: on a tie the id stays with the part holding the smallest claim id
                assertThat(apart.equals(both.id())).as("split claim " + which + " keeps the id").isEqualTo(which == 0);
                assertThat(store.publication().decisions()).as("split claim " + which).containsEntry(apart, false).containsEntry(rest, true);
            }
        }
    }
}
