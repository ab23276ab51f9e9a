package org.raqib.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.raqib.extract.ClaimExtractor;

/**
 * The project's own annotated reports (samples/heldout, written for Raqib) as a regression
 * guard: a rule change that loses figures or attributes there fails the build.
 */
class SampleCorpusRegressionTest {
    @Test
    void extractionKeepsItsScoresOnTheProjectsAnnotatedReports() throws Exception {
        var docs = GoldDocument.readDir(Path.of("..", "samples", "heldout"));
        assertThat(docs).hasSizeGreaterThanOrEqualTo(10);
        EvalReport r = new Scorer().score(docs, new ClaimExtractor()::extract);
        assertThat(r.f1()).as(r.byDoc()).isGreaterThanOrEqualTo(0.95);
        for (String attribute : Scorer.ATTRIBUTES) {
            assertThat(r.accuracy(attribute)).as(attribute + "\n" + r.byDoc()).isGreaterThanOrEqualTo(0.9);
        }
    }
}
