package org.raqib.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.raqib.model.ActorMention;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.Count;
import org.raqib.model.Document;

/** Runs claims.examples and words.examples: every example sentence of the rules is a test. */
class ClaimExamplesTest {
    private static final java.time.LocalDate PUBLISHED = java.time.LocalDate.of(2019, 5, 13);
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    @TestFactory
    Stream<DynamicTest> examples() throws Exception {
        return Stream.of("claims.examples", "words.examples").flatMap(file -> {
            try {
                return ExampleCorpus.blocks(file).stream()
                        .map(ex -> DynamicTest.dynamicTest(file + " " + ex.name(), () -> check(ex)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void corpusIsLargeAndHasNegatives() throws Exception {
        var blocks = ExampleCorpus.blocks("claims.examples");
        assertThat(blocks).hasSizeGreaterThan(40);
        assertThat(blocks.stream().filter(b -> b.expected().equals(List.of("none")))).hasSizeGreaterThan(8);
    }

    private static void check(ExampleCorpus.Example ex) {
        // examples that check a date are reports published on PUBLISHED
        boolean dated = ex.expected().stream().anyMatch(line -> line.contains("date="));
        List<Claim> claims = EXTRACTOR.extract(dated
                ? new Document("example", null, PUBLISHED, "ar", null, ex.text())
                : Document.of("example", ex.text()));
        List<String> got = claims.stream().map(ClaimExamplesTest::describe).toList();
        if (ex.expected().equals(List.of("none"))) {
            assertThat(got).as("claims of «%s»", ex.text()).isEmpty();
            return;
        }
        assertThat(claims).as("claims of «%s»: %s", ex.text(), got).hasSize(ex.expected().size());
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            List<String> countsExpected = new ArrayList<>();
            for (String item : ex.expected().get(i).split("\\s+")) {
                String[] kv = item.split("=", 2);
                String key = kv[0], want = kv[1];
                String what = "claim " + (i + 1) + " of «" + ex.text() + "» " + got.get(i) + ": " + key;
                switch (key) {
                    case "kind" -> assertThat(c.kind().code()).as(what).isEqualTo(want);
                    case "stance" -> assertThat(c.stance().code()).as(what).isEqualTo(want);
                    case "event" -> assertThat(c.eventType().code()).as(what).isEqualTo(want);
                    case "source" -> assertThat(code(c.source())).as(what).isEqualTo(want);
                    case "perpetrator" -> assertThat(code(c.perpetrator())).as(what).isEqualTo(want);
                    case "place" -> assertThat(c.place() == null ? "-"
                            : (c.place().admin1() + "/" + c.place().country()).replace(' ', '_')).as(what).isEqualTo(want);
                    case "date" -> assertThat(c.date() == null ? "-" : c.date().from() + ".." + c.date().to()).as(what).isEqualTo(want);
                    default -> {
                        Category cat = Category.fromField(key);
                        countsExpected.add(key);
                        Count n = c.count(cat);
                        assertThat(n).as(what).isNotNull();
                        String[] parts = want.split("/");
                        if (parts.length == 3) {
                            assertThat(str(n.low()) + "/" + str(n.best()) + "/" + str(n.high())).as(what).isEqualTo(want);
                        } else {
                            assertThat(str(n.best())).as(what).isEqualTo(want);
                        }
                        assertThat(n.span()).as(what + " span").isNotNull();
                        assertThat(ex.text().substring(n.span().start(), n.span().end())).isEqualTo(n.text());
                    }
                }
            }
            assertThat(c.counts().keySet().stream().map(Category::field).sorted().toList())
                    .as("categories of claim %d of «%s»", i + 1, ex.text())
                    .isEqualTo(countsExpected.stream().sorted().toList());
            assertThat(ex.text().substring(c.evidence().start(), c.evidence().end())).isEqualTo(c.evidence().text());
        }
    }

    private static String code(ActorMention a) { return a == null ? "-" : a.actor(); }

    private static String str(Long v) { return v == null ? "-" : v.toString(); }

    static String describe(Claim c) {
        StringBuilder sb = new StringBuilder("[");
        c.counts().forEach((k, v) -> sb.append(k.field()).append('=').append(str(v.low())).append('/').append(str(v.best()))
                .append('/').append(str(v.high())).append(' '));
        sb.append("kind=").append(c.kind().code()).append(" stance=").append(c.stance().code())
                .append(" source=").append(code(c.source())).append(" perpetrator=").append(code(c.perpetrator()))
                .append(" event=").append(c.eventType().code()).append(']');
        return sb.toString();
    }
}
