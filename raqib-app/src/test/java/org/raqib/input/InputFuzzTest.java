package org.raqib.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Whatever bytes a file holds, under whatever name, the reader either gives documents whose
 * archived bytes come from the file or refuses it with a message naming the file; it never
 * fails otherwise. Every build replays {@code InputFuzzTestInputs};
 * {@code JAZZER_FUZZ=1 ./mvnw -pl raqib-app test -Dtest=InputFuzzTest} fuzzes.
 */
class InputFuzzTest {
    private static final List<String> NAMES = List.of("report.jsonl", "report.json", "page.html", "report.txt", "report");
    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("raqib-input-fuzz");
            DIR.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void anyFileIsReadOrRefusedNamingIt(FuzzedDataProvider data) throws IOException {
        Path file = DIR.resolve(data.pickValue(NAMES));
        byte[] bytes = data.consumeRemainingAsBytes();
        Files.write(file, bytes);
        List<String> warnings = new ArrayList<>();
        List<Captured> read = new ArrayList<>();
        try {
            new DocumentReader(warnings::add).readCaptured(file, read::add);
        } catch (InputException e) {
            assertThat(e.getMessage()).startsWith(file.toString());
            assertThat(e.file()).isEqualTo(file);
        }
        assertThat(warnings).allSatisfy(w -> assertThat(w).startsWith(file.toString()));
        for (Captured c : read) {
            assertThat(c.document().text()).isNotBlank();
            assertThat(c.raw().length).isLessThanOrEqualTo(bytes.length);
        }
    }
}
