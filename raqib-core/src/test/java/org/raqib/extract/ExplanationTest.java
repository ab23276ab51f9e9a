package org.raqib.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raqib.model.Document;

/** Every value of a claim is explained by a named rule and the words it read. */
class ExplanationTest {
    private final ClaimExtractor extractor = new ClaimExtractor();

    private static List<String> steps(Explanation e, String value) {
        return e.steps().stream().filter(s -> s.value().equals(value)).map(s -> s.rule() + " | " + s.words()).toList();
    }

    @Test
    void explainsTheTollItsHarmWordQualifierSourceAndEvent() {
        Document doc = Document.of("d", "أفاد المرصد السوري لحقوق الإنسان بمقتل 12 مدنيا على الأقل في غارة جوية على بلدة سراقب.");
        List<Explanation> all = extractor.explain(doc);
        assertThat(all).hasSize(1);
        Explanation e = all.getFirst();
        assertThat(e.claim()).isEqualTo(extractor.extract(doc).getFirst()); // the claim itself is unchanged
        assertThat(steps(e, "civilians_killed")).anySatisfy(s -> assertThat(s).startsWith("harm.word-before harm.tsv:")
                .contains("«مقتل»").endsWith("| بمقتل"));
        assertThat(steps(e, "civilians_killed")).anySatisfy(s -> assertThat(s).startsWith("qualifier qualifiers.tsv:")
                .endsWith("| على الأقل"));
        assertThat(steps(e, "civilians_killed")).anySatisfy(s -> assertThat(s).startsWith("people victims.tsv:"));
        assertThat(steps(e, "source")).singleElement().satisfies(s -> assertThat(s).startsWith("source.verb attribution.tsv:")
                .contains("actors.tsv:").endsWith("| أفاد المرصد السوري لحقوق الإنسان"));
        assertThat(steps(e, "event_type")).singleElement().satisfies(s -> assertThat(s)
                .startsWith("event.closest-attack-word cues.tsv:").endsWith("| غارة"));
        assertThat(steps(e, "kind")).singleElement().satisfies(s -> assertThat(s).startsWith("kind.incident"));
    }

    @Test
    void explainsAnAmongSplitADenialAndATally() {
        Explanation among = extractor.explain(Document.of("d", "قتل 20 شخصا بينهم خمسة أطفال في قصف على البلدة.")).getFirst();
        assertThat(steps(among, "children_killed")).anySatisfy(s -> assertThat(s).startsWith("count (a part of the toll before"));
        assertThat(steps(among, "children_killed")).anySatisfy(s -> assertThat(s).startsWith("harm.among-marker cues.tsv:"));

        Explanation denial = extractor.explain(Document.of("d", "ونفى التحالف الدولي سقوط ضحايا مدنيين في الغارة.")).getFirst();
        assertThat(steps(denial, "stance")).anySatisfy(s -> assertThat(s).startsWith("stance.denial-without-figure cues.tsv:"));

        Explanation tally = extractor.explain(Document.of("d", "قتل 300 مدني خلال الأشهر الثلاثة الماضية في سوريا.")).getFirst();
        assertThat(steps(tally, "kind")).singleElement().satisfies(s -> assertThat(s).startsWith("kind.period cues.tsv:"));
    }
}
