package org.raqib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code raqib extract --explain}: every value of a claim with the rule and the words that made it. */
class ExtractExplainTest {
    @TempDir
    Path dir;

    @Test
    void explainPrintsEachValueWithItsRuleAndWords() throws Exception {
        Path f = Files.writeString(dir.resolve("r.txt"),
                "أفاد المرصد السوري لحقوق الإنسان بمقتل 12 مدنيا على الأقل في غارة روسية على بلدة كفرنبل.",
                StandardCharsets.UTF_8);
        CliTest.Result r = CliTest.run("extract", "--explain", "--data", dir.resolve("data").toString(), f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("civilians_killed=12")
                .containsPattern("civilians_killed: harm.word-before harm.tsv:\\d+ «مقتل»  «بمقتل»")
                .containsPattern("civilians_killed: qualifier qualifiers.tsv:\\d+ «علي الاقل»  «على الأقل»")
                .containsPattern("source: source.verb attribution.tsv:\\d+ «افاد», speaker actors.tsv:\\d+")
                .containsPattern("perpetrator: perpetrator.armed-party-at-attack actors.tsv:\\d+")
                .containsPattern("event_type: event.closest-attack-word cues.tsv:\\d+ «غاره»  «غارة»")
                .contains("place: place.gazetteer");
        assertThat(r.out()).doesNotContain("\"doc\""); // the explanation, not the contract's JSON
    }
}
