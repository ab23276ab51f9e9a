package org.raqib.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Whatever a JSON-lines file holds, each line is a document or a bad line named with its
 * number, and the reader never fails otherwise: one broken line cannot lose the others.
 * Every build replays {@code JsonLinesFuzzTestInputs};
 * {@code JAZZER_FUZZ=1 ./mvnw -pl raqib-app test -Dtest=JsonLinesFuzzTest} fuzzes.
 */
class JsonLinesFuzzTest {
    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("raqib-jsonl-fuzz");
            DIR.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void everyLineIsADocumentOrANamedBadLine(byte[] bytes) throws IOException {
        Path file = DIR.resolve("feed.jsonl");
        Files.write(file, bytes);
        List<InputException> bad = new ArrayList<>();
        List<Captured> read = new ArrayList<>();
        try {
            new DocumentReader(w -> assertThat(w).startsWith(file.toString()), bad::add).readCaptured(file, read::add);
        } catch (InputException e) {
            // only a problem of the file as a whole (binary, one unreadable pretty-printed object) ends the reading
            assertThat(e.file()).isEqualTo(file);
            assertThat(e.getMessage()).startsWith(file.toString());
        }
        long lines = 1;
        for (byte b : bytes) if (b == '\n') lines++;
        for (InputException e : bad) {
            assertThat(e.file()).isEqualTo(file);
            assertThat(e.line()).isBetween(1L, lines);
            assertThat(e.getMessage()).startsWith(file + ":" + e.line() + ": ");
        }
        for (Captured c : read) assertThat(c.raw().length).isLessThanOrEqualTo(bytes.length);
    }
}
