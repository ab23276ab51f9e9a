package org.raqib.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.extract.ClaimExtractor;
import org.raqib.input.Captured;
import org.raqib.model.Document;
import org.raqib.store.ArchivedDocument;
import org.raqib.store.Store;

class GuardedExtractorTest {
    private static final String REPORT = "قال الدفاع المدني إن 6 مدنيين قتلوا في غارة جوية على بلدة سرمين بريف إدلب.";

    @TempDir
    Path dir;

    @Test
    void readsOnlyTheOpeningOfAnOverlongTextAndSaysSo() {
        String filler = " كلام لا يعني شيئا".repeat(2000);
        Document doc = Document.of("long", REPORT + filler + " " + REPORT.replace("6", "9"));
        List<String> seen = new ArrayList<>();
        GuardedExtractor g = new GuardedExtractor(d -> {
            seen.add(d.text());
            return new ClaimExtractor().extract(d);
        }, 5000);

        GuardedExtractor.Outcome o = g.extract(doc);

        assertThat(seen.getFirst()).hasSizeLessThanOrEqualTo(5000).startsWith(REPORT);
        assertThat(doc.text()).startsWith(seen.getFirst());
        assertThat(Character.isWhitespace(doc.text().charAt(seen.getFirst().length()))).isTrue(); // cut between words
        assertThat(o.claims()).singleElement().satisfies(c -> assertThat(c.best(org.raqib.model.Category.CIVILIANS_KILLED)).isEqualTo(6L));
        assertThat(o.warning()).contains("too long").contains("read the first");
        assertThat(o.failure()).isNull();
    }

    @Test
    void aDocumentThatFailsGivesAFailureNotAnException() {
        GuardedExtractor g = new GuardedExtractor(d -> {
            throw new IllegalStateException("rule bug");
        }, 5000);

        GuardedExtractor.Outcome o = g.extract(Document.of("x", REPORT));

        assertThat(o.claims()).isEmpty();
        assertThat(o.failure()).contains("IllegalStateException: rule bug");
        assertThat(o.note()).startsWith("failed: ");
    }

    @Test
    void oneFailingDocumentIsRecordedAndNeverStopsTheOthers() {
        ClaimExtractor real = new ClaimExtractor();
        GuardedExtractor g = new GuardedExtractor(d -> {
            if (d.id().equals("bad")) throw new StackOverflowError();
            return real.extract(d);
        }, 5000);
        try (Store store = Store.open(dir.resolve("data"))) {
            store.archive().add(doc("bad", REPORT + " (1)", 1));
            store.archive().add(doc("good-1", REPORT + " (2)", 2));
            store.archive().add(doc("good-2", REPORT + " (3)", 3));
            Pipeline p = new Pipeline(store, new Extraction(real, "v1", "linker-1"), g);

            Pipeline.ExtractReport s = p.extract(false, Progress.NONE);

            assertThat(s.documents()).isEqualTo(3);
            assertThat(s.failed()).isEqualTo(1);
            assertThat(s.problems()).singleElement().asString().contains("(bad)").contains("failed: StackOverflowError");
            assertThat(store.claims().count()).isEqualTo(2);
            // recorded: the same rules do not read it again (and again) on the next run
            assertThat(store.claims().toExtract("v1")).isEmpty();
            String badSha = store.archive().find("bad").orElseThrow().sha256();
            assertThat(store.claims().note(badSha)).hasValueSatisfying(n -> assertThat(n).startsWith("failed: "));
            // new rules try it again
            assertThat(store.claims().toExtract("v2")).hasSize(3);
        }
    }

    private static ArchivedDocument doc(String id, String text, int second) {
        Document d = Document.of(id, text);
        return ArchivedDocument.of(new Captured(d, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain"), null,
                null, Instant.parse("2024-01-01T00:00:0" + second + "Z"));
    }
}
