package org.raqib.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.model.Document;

/** The input contract's JSON: lines, one pretty-printed object, arrays, and every way they go wrong. */
class JsonLinesTest {
    static final String RAID = "قالت مصادر محلية إن غارة جوية أصابت منزلا في بلدة تل رفعت.";
    static final String SHELLING = "وأفاد ناشطون بمقتل امرأتين وطفل في قصف مدفعي على قرية قرب معرة النعمان.";
    static final String BOMBING = "انفجرت سيارة مفخخة قرب سوق شعبي صباح الجمعة وأصيب عدد من المارة.";

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();
    private final DocumentReader reader = new DocumentReader(warnings::add);

    @Test
    void readsSeveralDocumentsWithTheContractsFields() throws Exception {
        Path f = write("reports.jsonl", """
                {"id": "doc-17", "url": "https://example.org/17", "published": "2018-11-18", "lang": "ar", "title": "غارة", "text": "%s"}

                {"id": "doc-18", "text": "%s", "published": null}
                {"text": "%s", "lang": "en"}
                """.formatted(RAID, SHELLING, BOMBING));

        List<Document> docs = reader.readAll(f);

        assertThat(docs).extracting(Document::id).containsExactly("doc-17", "doc-18", "reports-4");
        assertThat(docs).extracting(Document::text).containsExactly(RAID, SHELLING, BOMBING);
        assertThat(docs.get(0)).satisfies(d -> {
            assertThat(d.url()).isEqualTo("https://example.org/17");
            assertThat(d.published()).isEqualTo(LocalDate.of(2018, 11, 18));
            assertThat(d.title()).isEqualTo("غارة");
        });
        assertThat(docs.get(1).published()).isNull();
        assertThat(docs).extracting(Document::lang).containsExactly("ar", "ar", "en");
        assertThat(warnings).isEmpty();
    }

    @Test
    void keepsTheTextExactlyAsGiven() throws Exception {
        // offsets are UTF-16 indexes into the text: no trimming, no normalising of line ends, Unicode or spaces
        String text = "  " + RAID + "\r\n\u0627\u0644\u0652\u0645\u064E\u0646\u0652\u0632\u0650\u0644 \uD83D\uDCA5\u00A0\t";
        Path f = write("exact.jsonl", "{\"text\": \"" + text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + "\"}\n");

        assertThat(reader.readAll(f)).singleElement().extracting(Document::text).isEqualTo(text);
    }

    @Test
    void acceptsNumericIdsAndDerivesBlankOnes() throws Exception {
        Path f = write("ids.ndjson", "{\"id\": 17, \"text\": \"أ\"}\n{\"id\": \"\", \"text\": \"ب\"}\n");

        assertThat(reader.readAll(f)).extracting(Document::id).containsExactly("17", "ids-2");
    }

    @Test
    void readsOnePrettyPrintedObjectIgnoringExtraFields() throws Exception {
        String json = """
                {
                  "id": "annotated-3",
                  "published": "2019-05-12",
                  "text": "%s",
                  "gold": [
                    {"count": 3, "span": [10, 25], "role": {"kind": "killed"}}
                  ],
                  "notes": "شرح"
                }
                """.formatted(SHELLING);
        Path f = write("annotated.json", json);
        List<Captured> captured = new ArrayList<>();

        reader.readCaptured(f, captured::add);

        assertThat(captured).singleElement().satisfies(c -> {
            assertThat(c.document().id()).isEqualTo("annotated-3");
            assertThat(c.document().text()).isEqualTo(SHELLING);
            assertThat(c.document().published()).isEqualTo(LocalDate.of(2019, 5, 12));
            assertThat(c.raw()).isEqualTo(json.getBytes(StandardCharsets.UTF_8));
            assertThat(c.mediaType()).isEqualTo("application/json");
        });
    }

    @Test
    void derivesTheIdOfAPrettyPrintedObjectFromItsFirstLine() throws Exception {
        Path f = write("one.json", "\n{\n  \"text\": \"" + RAID + "\"\n}\n");

        assertThat(reader.readAll(f)).singleElement().extracting(Document::id).isEqualTo("one-2");
    }

    @Test
    void readsAnArrayOfObjectsEachWithItsOwnBytes() throws Exception {
        String first = "{\"id\": \"a\", \"text\": \"" + RAID + "\"}";
        String second = "{\n    \"text\": \"" + BOMBING + "\"\n  }";
        Path f = write("export.json", "[\n  " + first + ",\n  " + second + "\n]\n");
        List<Captured> captured = new ArrayList<>();

        reader.readCaptured(f, captured::add);

        assertThat(captured).extracting(c -> c.document().id()).containsExactly("a", "export-3");
        assertThat(captured).extracting(c -> c.document().text()).containsExactly(RAID, BOMBING);
        assertThat(captured.get(0).raw()).isEqualTo(first.getBytes(StandardCharsets.UTF_8));
        assertThat(captured.get(1).raw()).isEqualTo(second.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void givesEachLineItsExactBytesWithoutLineEndOrBom() throws Exception {
        String one = "{\"id\": \"a\", \"text\": \"" + RAID + "\"}";
        String two = "{\"id\": \"b\", \"text\": \"" + SHELLING + "\"}";
        Path f = dir.resolve("crlf.jsonl");
        Files.write(f, concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, (one + "\r\n" + two + "\r\n").getBytes(StandardCharsets.UTF_8)));
        List<Captured> captured = new ArrayList<>();

        reader.readCaptured(f, captured::add);

        assertThat(captured).extracting(c -> c.document().text()).containsExactly(RAID, SHELLING);
        assertThat(captured.get(0).raw()).isEqualTo(one.getBytes(StandardCharsets.UTF_8));
        assertThat(captured.get(1).raw()).isEqualTo(two.getBytes(StandardCharsets.UTF_8));
        assertThat(captured).extracting(Captured::mediaType).containsOnly("application/x-ndjson");
    }

    @Test
    void namesTheFileAndLineOfMalformedJsonAfterStreamingTheLinesBefore() throws Exception {
        Path f = write("file.jsonl", """
                {"text": "%s"}
                {"text": "%s"}
                {"text": "%s"
                {"text": "%s"}
                {"text": "%s"}
                """.formatted(RAID, SHELLING, BOMBING, RAID, SHELLING));
        List<Document> seen = new ArrayList<>();

        InputException e = catchThrowableOfType(InputException.class, () -> reader.read(f, seen::add));

        assertThat(e).hasMessageStartingWith(f + ":3: malformed JSON: ");
        assertThat(e.getMessage()).contains("file.jsonl:3").doesNotContain("Source:");
        assertThat(e.file()).isEqualTo(f);
        assertThat(e.line()).isEqualTo(3);
        assertThat(seen).extracting(Document::text).containsExactly(RAID, SHELLING);
    }

    @Test
    void readsEveryValidLineAroundBrokenOnesAndNamesEachBrokenLine() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 1000; i++) {
            String line = "{\"id\": \"r" + i + "\", \"text\": \"" + RAID + "\"}";
            if (i == 2) line = line.substring(0, 30);               // cut short
            if (i == 500) line = "{\"id\": \"r500\"}";           // no text
            if (i == 999) line = "<p>not JSON at all</p>";          // another format
            lines.append(line).append('\n');
        }
        Path f = write("many.jsonl", lines.toString());
        List<InputException> bad = new ArrayList<>();
        List<Document> docs = new ArrayList<>();

        new DocumentReader(warnings::add, bad::add).read(f, docs::add);

        assertThat(docs).hasSize(997);
        assertThat(docs.getLast().id()).isEqualTo("r1000");
        assertThat(bad).extracting(InputException::line).containsExactly(2L, 500L, 999L);
        assertThat(bad.get(0)).hasMessageStartingWith(f + ":2: malformed JSON");
        assertThat(bad.get(1)).hasMessage(f + ":500: missing \"text\"");
    }

    @Test
    void aLineOfBinaryJunkIsOneBadLineNotABadFile() throws Exception {
        byte[] junk = new byte[300];
        new java.util.Random(3).nextBytes(junk);
        junk[10] = 0;
        for (int i = 0; i < junk.length; i++) if (junk[i] == '\n') junk[i] = 1;
        Path f = dir.resolve("junk.jsonl");
        Files.write(f, concat(("{\"id\": \"a\", \"text\": \"" + RAID + "\"}\n").getBytes(StandardCharsets.UTF_8), junk,
                ("\n{\"id\": \"b\", \"text\": \"" + SHELLING + "\"}\n").getBytes(StandardCharsets.UTF_8)));
        List<InputException> bad = new ArrayList<>();
        List<Document> docs = new ArrayList<>();

        new DocumentReader(warnings::add, bad::add).read(f, docs::add);

        assertThat(docs).extracting(Document::id).containsExactly("a", "b");
        assertThat(bad).singleElement().extracting(InputException::line).isEqualTo(2L);
    }

    @Test
    void aTruncatedFirstLineIsABadLineNotTheStartOfOnePrettyPrintedObject() throws Exception {
        Path f = write("first.jsonl", """
                {"id": "a", "text": "%s
                {"id": "b", "text": "%s"}
                {"id": "c", "text": "%s"}
                """.formatted(RAID, SHELLING, BOMBING));
        List<InputException> bad = new ArrayList<>();

        List<Document> docs = new ArrayList<>();
        new DocumentReader(warnings::add, bad::add).read(f, docs::add);

        assertThat(docs).extracting(Document::id).containsExactly("b", "c");
        assertThat(bad).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e).hasMessageStartingWith(f + ":1: malformed JSON");
        });
    }

    @Test
    void skipsALineTooLongToHoldAndReadsTheLinesAfterIt() throws Exception {
        byte[] text = ("{\"id\": \"x\", \"text\": \"" + "ب".repeat(300) + "\"}\n{\"id\": \"y\", \"text\": \"" + RAID + "\"}\n")
                .getBytes(StandardCharsets.UTF_8);
        ByteLines lines = new ByteLines(new java.io.ByteArrayInputStream(text), 200);
        assertThatThrownBy(lines::next).isInstanceOf(ByteLines.TooLong.class).hasMessageContaining("200 bytes");
        assertThat(lines.number()).isEqualTo(1);
        assertThat(lines.next()).isTrue();
        assertThat(lines.number()).isEqualTo(2);
        assertThat(new String(lines.bytes(), 0, lines.length(), StandardCharsets.UTF_8)).contains("\"y\"");
        assertThat(lines.next()).isFalse();
    }

    @Test
    void refusesALineThatIsNotAnObject() throws Exception {
        Path f = write("mixed.jsonl", "{\"text\": \"أ\"}\n[\"" + RAID + "\"]\n");
        Path s = write("string.jsonl", "{\"text\": \"أ\"}\n\n\"" + RAID + "\"\n");

        assertThatThrownBy(() -> reader.readAll(f)).isInstanceOf(InputException.class)
                .hasMessage(f + ":2: not a JSON object (found an array)");
        assertThatThrownBy(() -> reader.readAll(s)).hasMessage(s + ":3: not a JSON object (found a string)");
    }

    @Test
    void refusesMissingOrNonStringText() throws Exception {
        Path missing = write("missing.jsonl", "{\"text\": \"أ\"}\n{\"id\": \"x\", \"title\": \"" + RAID + "\"}\n");
        Path nulled = write("null.jsonl", "{\"text\": null}\n");
        Path number = write("number.jsonl", "{\"text\": 42}\n");

        assertThatThrownBy(() -> reader.readAll(missing)).isInstanceOf(InputException.class)
                .hasMessage(missing + ":2: missing \"text\"");
        assertThatThrownBy(() -> reader.readAll(nulled)).hasMessage(nulled + ":1: missing \"text\"");
        assertThatThrownBy(() -> reader.readAll(number)).hasMessage(number + ":1: \"text\" is not a string (found a number)");
    }

    @Test
    void refusesPublishedDatesThatAreNotIso() throws Exception {
        Path slashes = write("slashes.jsonl", "{\"text\": \"أ\"}\n{\"text\": \"ب\", \"published\": \"18/11/2018\"}\n");
        Path impossible = write("impossible.jsonl", "{\"text\": \"أ\", \"published\": \"2019-02-30\"}\n");
        Path timestamp = write("timestamp.jsonl", "{\"text\": \"أ\", \"published\": \"2018-11-18T10:00:00Z\"}\n");
        Path number = write("number.jsonl", "{\"text\": \"أ\", \"published\": 20181118}\n");

        assertThatThrownBy(() -> reader.readAll(slashes)).isInstanceOf(InputException.class)
                .hasMessage(slashes + ":2: \"published\" is not an ISO date (yyyy-MM-dd): \"18/11/2018\"")
                .extracting(e -> ((InputException) e).line()).isEqualTo(2L);
        assertThatThrownBy(() -> reader.readAll(impossible)).hasMessageStartingWith(impossible + ":1: \"published\" is not an ISO date");
        assertThatThrownBy(() -> reader.readAll(timestamp)).hasMessageStartingWith(timestamp + ":1: \"published\" is not an ISO date");
        assertThatThrownBy(() -> reader.readAll(number)).hasMessage(number + ":1: \"published\" is not a string (found a number)");
    }

    @Test
    void refusesTrailingContentAndDuplicateFields() throws Exception {
        Path trailing = write("trailing.jsonl", "{\"text\": \"أ\"} {\"text\": \"ب\"}\n");
        Path duplicate = write("duplicate.jsonl", "{\"text\": \"أ\", \"text\": \"ب\"}\n");

        assertThatThrownBy(() -> reader.readAll(trailing)).hasMessageStartingWith(trailing + ":1: malformed JSON: ");
        assertThatThrownBy(() -> reader.readAll(duplicate)).hasMessageStartingWith(duplicate + ":1: malformed JSON: ")
                .hasMessageContaining("text");
    }

    @Test
    void namesTheLineWhereATruncatedPrettyPrintedFileEnds() throws Exception {
        Path f = write("cut.json", "{\n  \"id\": \"x\",\n  \"text\": \"" + RAID + "\",\n  \"gold\": [\n");

        InputException e = catchThrowableOfType(InputException.class, () -> reader.readAll(f));

        assertThat(e).hasMessageStartingWith(f + ":").hasMessageContaining("malformed JSON: Unexpected end-of-input");
        assertThat(e.line()).isBetween(4L, 5L);
    }

    @Test
    void refusesAnArrayOfNonObjectsAndAnUnclosedArray() throws Exception {
        Path numbers = write("numbers.json", "[\n  {\"text\": \"أ\"},\n  7\n]\n");
        Path open = write("open.json", "[\n  {\"text\": \"أ\"}\n");

        assertThatThrownBy(() -> reader.readAll(numbers)).hasMessage(numbers + ":3: not a JSON object (found a number)");
        assertThatThrownBy(() -> reader.readAll(open)).hasMessageStartingWith(open + ":").hasMessageContaining("malformed JSON");
    }

    @Test
    void readsWindows1256JsonLines() throws Exception {
        Path f = dir.resolve("legacy.jsonl");
        Files.write(f, ("{\"id\": \"w1\", \"text\": \"" + RAID + "\"}\n{\"id\": \"w2\", \"text\": \"" + SHELLING + "\"}\n")
                .getBytes(TextDecoding.WINDOWS_1256));

        assertThat(reader.readAll(f)).extracting(Document::text).containsExactly(RAID, SHELLING);
    }

    @Test
    void namesTheLineOfBytesThatAreNotUtf8() throws Exception {
        Path f = dir.resolve("damaged.jsonl");
        byte[] good = ("{\"text\": \"" + RAID + "\"}\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = ("{\"text\": \"" + SHELLING + "\"}\n").getBytes(StandardCharsets.UTF_8);
        bad[15] = (byte) 0xFF;
        Files.write(f, concat(good, good, bad, good));

        assertThatThrownBy(() -> reader.readAll(f)).isInstanceOf(InputException.class)
                .hasMessage(f + ":3: invalid UTF-8 byte sequence");
    }

    @Test
    void namesTheLineOfALegacyLineFarBeyondTheSniffedStart() throws Exception {
        // the encoding is chosen from the first 64 KB; a later Windows-1256 line must still be caught, on its own line
        Path f = dir.resolve("switches.jsonl");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int lines = 0;
        while (bytes.size() < 100_000) {
            bytes.write(("{\"text\": \"" + RAID + "\"}\n").getBytes(StandardCharsets.UTF_8));
            lines++;
        }
        bytes.write(("{\"text\": \"" + SHELLING + "\"}\n").getBytes(TextDecoding.WINDOWS_1256));
        Files.write(f, bytes.toByteArray());
        long[] read = {0};

        InputException e = catchThrowableOfType(InputException.class, () -> reader.read(f, d -> read[0]++));

        assertThat(e.line()).isEqualTo(lines + 1);
        assertThat(e).hasMessageStartingWith(f + ":" + (lines + 1) + ": invalid UTF-8 byte sequence")
                .hasMessageContaining("Windows-1256");
        assertThat(read[0]).isEqualTo(lines);
    }

    @Test
    void warnsAboutAnEmptyArray() throws Exception {
        Path f = write("none.json", "[\n]\n");

        assertThat(reader.readAll(f)).isEmpty();
        assertThat(warnings).containsExactly(f + ": no documents (an empty array)");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a guard against hanging, not a speed goal (see `raqib bench`)
    void streamsAFiftyMegabyteFile() throws Exception {
        Path f = dir.resolve("huge.jsonl");
        byte[] text = (RAID + " " + SHELLING + " " + BOMBING).repeat(4).getBytes(StandardCharsets.UTF_8);
        long lines = 0;
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(f), 1 << 20)) {
            for (long size = 0; size < 50_000_000L; lines++) {
                byte[] head = ("{\"id\": \"d" + lines + "\", \"published\": \"2019-01-01\", \"text\": \"").getBytes(StandardCharsets.UTF_8);
                out.write(head);
                out.write(text);
                out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
                size += head.length + text.length + 3;
            }
        }
        long[] count = {0};
        String[] last = {null};

        reader.read(f, d -> {
            count[0]++;
            last[0] = d.id();
        });

        assertThat(Files.size(f)).isGreaterThanOrEqualTo(50_000_000L);
        assertThat(count[0]).isEqualTo(lines);
        assertThat(last[0]).isEqualTo("d" + (lines - 1));
    }

    private Path write(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
