package org.raqib.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.cli.Main;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.Count;
import org.raqib.model.SourcedClaim;
import org.raqib.store.ClaimReviews;
import org.raqib.store.Store;

/** Analysts' reviews become gold: exported in the corpus format and scored by `raqib eval --reviewed`. */
class ReviewedGoldTest {
    private static final String TWO = "{\"id\": \"r1\", \"published\": \"2019-05-13\", \"text\": "
            + "\"قال المرصد السوري لحقوق الإنسان إن 11 مدنيا بينهم 4 أطفال قتلوا أمس في غارات روسية على بلدة كفرنبل جنوبي إدلب.\"}\n"
            + "{\"id\": \"r2\", \"published\": \"2019-05-13\", \"text\": "
            + "\"وأفادت مصادر محلية بمقتل 13 مدنيا في غارة روسية على بلدة كفرنبل في ريف إدلب الجنوبي يوم الأحد.\"}\n";

    @TempDir
    Path dir;

    private String raqib(int expected, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(code).as(String.join(" ", args) + ": " + err).isEqualTo(expected);
        return out + err.toString();
    }

    @Test
    void aFullyReviewedDocumentIsExportedAsGoldWithItsCorrectionAndScored() throws IOException {
        Path data = dir.resolve("data"), input = Files.writeString(dir.resolve("in.jsonl"), TWO);
        raqib(0, "run", "--data", data.toString(), input.toString());
        assertThat(raqib(1, "eval", "--reviewed", "--data", data.toString())).contains("no document has every claim reviewed");
        try (Store store = Store.open(data)) {
            SourcedClaim c = store.claims().all().stream().filter(x -> x.claim().doc().equals("r1")).findFirst().orElseThrow();
            Map<Category, Count> counts = new EnumMap<>(c.claim().counts());
            counts.put(Category.CIVILIANS_KILLED, new Count(12L, 12L, 12L, null, null));
            Claim fixed = new Claim(c.claim().doc(), c.claim().kind(), c.claim().stance(), c.claim().source(), c.claim().perpetrator(),
                    c.claim().eventType(), c.claim().date(), c.claim().place(), counts, c.claim().evidence());
            for (String id : store.claims().machineIdsOf(c.docSha())) {
                store.reviews().save(id, id.equals(c.id()) ? ClaimReviews.Status.CORRECTED : ClaimReviews.Status.ACCEPTED,
                        id.equals(c.id()) ? fixed : null, "nadia", null, 0);
            }
        }
        Path gold = dir.resolve("gold");
        assertThat(raqib(0, "export", "gold", gold.toString(), "--data", data.toString())).contains("1 reviewed documents");
        List<GoldDocument> docs = GoldDocument.readDir(gold);
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.document().id()).isEqualTo("r1");
            assertThat(d.gold()).singleElement().satisfies(g -> assertThat(g.claim().best(Category.CIVILIANS_KILLED)).isEqualTo(12L));
        });
        String report = raqib(0, "eval", "--reviewed", "--data", data.toString());
        assertThat(report).contains("(1 reviewed documents)");
        // eval --reviewed scores the current extractor on exactly those documents
        assertThat(report).contains(new Scorer().score(docs, new org.raqib.extract.ClaimExtractor()::extract).table());
        raqib(2, "eval", "--data", data.toString());
    }
}
