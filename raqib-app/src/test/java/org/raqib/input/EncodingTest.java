package org.raqib.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.raqib.input.JsonLinesTest.RAID;
import static org.raqib.input.JsonLinesTest.SHELLING;
import static org.raqib.input.JsonLinesTest.concat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.model.Document;

/** Legacy encodings read correctly or refused clearly; empty and binary files never crash or hang. */
class EncodingTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();
    private final DocumentReader reader = new DocumentReader(warnings::add);

    @Test
    void readsWindows1256Text() throws Exception {
        String text = RAID + "\n" + SHELLING + "\n";
        Path f = write("legacy.txt", text.getBytes(Charset.forName("windows-1256")));

        assertThat(reader.readAll(f)).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo(text);
            assertThat(d.id()).isEqualTo("legacy");
            assertThat(d.lang()).isEqualTo("ar");
        });
    }

    @Test
    void readsWindows1256TextWithSomeEnglishInIt() throws Exception {
        String text = "Reuters - " + RAID + " (AFP, 2019)";
        Path f = write("mixed.txt", text.getBytes(TextDecoding.WINDOWS_1256));

        assertThat(reader.readAll(f)).singleElement().extracting(Document::text).isEqualTo(text);
    }

    @Test
    void keepsUtf8TextExactlyButForTheBom() throws Exception {
        String text = RAID + "\r\n\r\n" + SHELLING + "\n  ";
        Path f = write("with-bom.txt", concat(BOM, text.getBytes(StandardCharsets.UTF_8)));
        List<Captured> captured = new ArrayList<>();

        reader.readCaptured(f, captured::add);

        assertThat(captured).singleElement().satisfies(c -> {
            assertThat(c.document().text()).isEqualTo(text);
            assertThat(c.raw()).isEqualTo(Files.readAllBytes(f));
            assertThat(c.mediaType()).isEqualTo("text/plain");
        });
    }

    @Test
    void refusesLatin1FrenchAsNotArabic() throws Exception {
        Path f = write("latin.txt", "Ça a été très éprouvant pour les habitants, dit-on à l'hôpital.".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> reader.readAll(f)).isInstanceOf(InputException.class)
                .hasMessage(f + ": not UTF-8 or Windows-1256 text");
    }

    @Test
    void refusesLatin1SpanishWhoseAccentsWouldReadAsArabicLetters() throws Exception {
        // á and í are Arabic letters in Windows-1256; they sit inside Latin words, which real Arabic never does
        Path f = write("spanish.txt", "Según la policía, el ataque ocurrió en un mercado público de la ciudad; aún no está claro quién fue."
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> reader.readAll(f)).hasMessage(f + ": not UTF-8 or Windows-1256 text");
    }

    @Test
    void refusesDamagedUtf8InsteadOfReadingItAsWindows1256() throws Exception {
        byte[] bytes = (RAID + "\n" + SHELLING + "\n").getBytes(StandardCharsets.UTF_8);
        int secondLine = RAID.getBytes(StandardCharsets.UTF_8).length + 1;
        bytes[secondLine + 4] = (byte) 0xC0;
        Path f = write("damaged.txt", bytes);

        assertThatThrownBy(() -> reader.readAll(f)).isInstanceOf(InputException.class)
                .hasMessage(f + ":2: invalid UTF-8 byte sequence")
                .extracting(e -> ((InputException) e).line()).isEqualTo(2L);
    }

    @Test
    void refusesUtf16WithAClearMessage() throws Exception {
        Path f = write("notepad.txt", RAID.getBytes(StandardCharsets.UTF_16));

        assertThatThrownBy(() -> reader.readAll(f)).hasMessage(f + ": UTF-16 text, not UTF-8 (save it as UTF-8)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"image.jsonl", "image.txt", "image.html", "image.bin", "image"})
    void refusesBinaryFilesQuicklyWhateverTheirName(String name) throws Exception {
        byte[] bytes = new byte[20_000_000];
        new Random(7).nextBytes(bytes);
        bytes[100] = 0;
        Path f = write(name, bytes);

        assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                assertThatThrownBy(() -> reader.readAll(f)).isInstanceOf(InputException.class)
                        .hasMessage(f + ": binary file, not text"));
    }

    @Test
    void refusesBinaryWithoutNulBytesByItsControlCharacters() throws Exception {
        byte[] bytes = new byte[50_000];
        new Random(11).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i++) if (bytes[i] == 0) bytes[i] = 1;
        Path f = write("noise.dat", bytes);

        assertThatThrownBy(() -> reader.readAll(f)).hasMessage(f + ": binary file, not text");
    }

    @Test
    void toleratesAStrayControlCharacterInText() throws Exception {
        Path f = write("dos.txt", (RAID + "\u001A").getBytes(StandardCharsets.UTF_8));

        assertThat(reader.readAll(f)).singleElement().extracting(Document::text).isEqualTo(RAID + "\u001A");
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty.jsonl", "empty.json", "empty.txt", "empty.html", "empty"})
    void skipsEmptyFilesWithAWarning(String name) throws Exception {
        Path f = write(name, new byte[0]);

        assertThat(reader.readAll(f)).isEmpty();
        assertThat(warnings).containsExactly(f + ": empty file, skipped");
    }

    @Test
    void skipsFilesOfOnlyWhitespaceOrABom() throws Exception {
        Path spaces = write("spaces.jsonl", " \n\r\n\t\n".getBytes(StandardCharsets.US_ASCII));
        Path bom = write("bom.txt", BOM);
        Path bigBlank = write("blank.txt", " ".repeat(100_000).getBytes(StandardCharsets.US_ASCII));
        Path bigBlankJson = write("blank.jsonl", "\n".repeat(100_000).getBytes(StandardCharsets.US_ASCII));

        for (Path f : List.of(spaces, bom, bigBlank, bigBlankJson)) assertThat(reader.readAll(f)).isEmpty();

        assertThat(warnings).containsExactly(spaces + ": empty file, skipped", bom + ": empty file, skipped",
                bigBlank + ": empty file, skipped", bigBlankJson + ": empty file, skipped");
    }

    @Test
    void noArgConstructorDropsWarnings() throws Exception {
        Path f = write("empty.txt", new byte[0]);

        assertThat(new DocumentReader().readAll(f)).isEmpty();
    }

    @Test
    void judgesArabicByItsNonAsciiLetters() {
        assertThat(TextDecoding.looksArabic("{\"id\": \"doc-17\", \"url\": \"https://example.org/a/b\", \"text\": \"قتل\"}")).isTrue();
        assertThat(TextDecoding.looksArabic(RAID)).isTrue();
        assertThat(TextDecoding.looksArabic("plain ASCII only")).isFalse();
        assertThat(TextDecoding.looksArabic("café crème")).isFalse();
        assertThat(TextDecoding.looksArabic("Mلxico y Parيs")).isFalse();
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }
}
