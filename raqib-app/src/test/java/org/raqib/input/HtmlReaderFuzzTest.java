package org.raqib.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.raqib.model.Document;

/**
 * Whatever bytes a captured page holds (broken or deeply nested markup, stray encodings), the
 * HTML reader gives a document or refuses the page naming it; it never fails otherwise.
 * Every build replays {@code HtmlReaderFuzzTestInputs};
 * {@code JAZZER_FUZZ=1 ./mvnw -pl raqib-app test -Dtest=HtmlReaderFuzzTest} fuzzes.
 */
class HtmlReaderFuzzTest {
    private static final Path PAGE = Path.of("captured", "page.html");

    @FuzzTest(maxDuration = "5m")
    void anyPageIsReadOrRefusedNamingIt(byte[] bytes) {
        try {
            Document d = HtmlReader.read(bytes, "page", PAGE);
            assertThat(d.text()).isNotNull();
            assertThat(d.id()).isEqualTo("page");
        } catch (InputException e) {
            assertThat(e.file()).isEqualTo(PAGE);
        }
    }
}
