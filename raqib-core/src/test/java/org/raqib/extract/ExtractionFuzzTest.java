package org.raqib.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.raqib.model.Claim;
import org.raqib.model.Count;
import org.raqib.model.Document;
import org.raqib.model.Span;
import org.raqib.text.ArabicNormalizer;
import org.raqib.text.NormalizedText;

/**
 * Whatever text arrives, extraction neither fails nor points outside the text. Every build
 * replays the inputs in {@code ExtractionFuzzTestInputs} (written reports and what fuzzing
 * found); {@code JAZZER_FUZZ=1 ./mvnw -pl raqib-core test -Dtest=ExtractionFuzzTest} fuzzes.
 */
class ExtractionFuzzTest {
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 5, 13);

    @FuzzTest(maxDuration = "5m")
    void anyTextGivesClaimsWhoseSpansQuoteIt(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        // with and without a publication date: without one, relative dates and datelines are read differently
        for (LocalDate published : new LocalDate[] {PUBLISHED, null}) {
            for (Claim c : EXTRACTOR.extract(new Document("fuzz", null, published, "ar", null, text))) {
                quotes(text, c.evidence());
                if (c.source() != null) quotes(text, c.source().span());
                if (c.perpetrator() != null) quotes(text, c.perpetrator().span());
                if (c.place() != null) quotes(text, c.place().span());
                if (c.date() != null) {
                    quotes(text, c.date().span());
                    assertThat(c.date().from()).isBeforeOrEqualTo(c.date().to());
                }
                for (Count n : c.counts().values()) {
                    quotes(text, n.span());
                    if (n.best() != null) {
                        assertThat(n.best()).isNotNegative();
                        if (n.low() != null) assertThat(n.low()).isLessThanOrEqualTo(n.best());
                        if (n.high() != null) assertThat(n.high()).isGreaterThanOrEqualTo(n.best());
                    }
                }
            }
        }
    }

    @FuzzTest(maxDuration = "2m")
    void normalizationMapsEveryCharBackIntoTheOriginal(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        NormalizedText n = ArabicNormalizer.normalize(text);
        int previous = -1;
        for (int i = 0; i < n.length(); i++) {
            int at = n.originalStart(i);
            assertThat(at).isGreaterThan(previous).isLessThan(text.length());
            previous = at;
        }
        assertThat(n.originalText(0, n.length()).length()).isLessThanOrEqualTo(text.length());
    }

    private static void quotes(String text, Span span) {
        if (span == null) return;
        assertThat(span.end()).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text());
    }
}
