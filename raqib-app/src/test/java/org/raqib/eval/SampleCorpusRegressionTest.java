package org.raqib.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raqib.extract.ClaimExtractor;

/**
 * The project's own annotated reports (samples/heldout, heldout2 and heldout3, written
 * for Raqib) as a regression guard: a rule change that loses figures or attributes there fails
 * the build. The thresholds sit below today's scores (F1 1.0 on each) by a margin.
 */
class SampleCorpusRegressionTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({"heldout, 0.95", "heldout2, 0.95", "heldout3, 0.95", "heldout4, 0.95"})
    void extractionKeepsItsScoresOnTheProjectsAnnotatedReports(String set, double minF1) throws Exception {
        var docs = GoldDocument.readDir(Path.of("..", "samples", set));
        assertThat(docs).hasSizeGreaterThanOrEqualTo(10);
        EvalReport r = new Scorer().score(docs, new ClaimExtractor()::extract);
        assertThat(r.f1()).as(r.byDoc()).isGreaterThanOrEqualTo(minF1);
        for (String attribute : Scorer.ATTRIBUTES) {
            assertThat(r.accuracy(attribute)).as(attribute + "\n" + r.byDoc()).isGreaterThanOrEqualTo(0.9);
        }
    }
}
