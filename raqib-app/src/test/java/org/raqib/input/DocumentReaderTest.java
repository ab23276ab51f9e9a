package org.raqib.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.model.Document;

class DocumentReaderTest {
    private static final String SENTENCE = "قالت مصادر محلية إن غارة جوية أصابت منزلا في بلدة تل رفعت.";

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();
    private final DocumentReader reader = new DocumentReader(warnings::add);

    @Test
    void readsJsonLinesOfTheInputContract() throws Exception {
        Path f = write("reports.jsonl", """
                {"id": "r1", "url": "https://example.org/1", "published": "2019-03-14", "lang": "ar", "title": "عنوان", "text": "%s"}

                {"id": "r2", "text": "نص ثان"}
                {"text": "نص بلا معرف"}
                """.formatted(SENTENCE));
        List<Document> docs = reader.readAll(f);
        assertThat(docs).extracting(Document::id).containsExactly("r1", "r2", "reports-4");
        assertThat(docs.getFirst().published()).isEqualTo(LocalDate.of(2019, 3, 14));
        assertThat(docs.getFirst().text()).isEqualTo(SENTENCE);
        assertThat(docs.get(1).lang()).isEqualTo("ar");
    }

    @Test
    void readsOnePrettyPrintedObjectWithExtraFields() throws Exception {
        Path f = write("annotated.json", "{\n  \"id\": \"a\",\n  \"published\": null,\n  \"text\": \"" + SENTENCE
                + "\",\n  \"gold\": [],\n  \"notes\": \"…\"\n}\n");
        assertThat(reader.readAll(f)).singleElement().satisfies(d -> assertThat(d.text()).isEqualTo(SENTENCE));
    }

    @Test
    void namesTheFileAndLineOfAMalformedLine() throws Exception {
        Path f = write("bad.jsonl", "{\"text\": \"1\"}\n{\"text\": \"2\"}\n{\"text\": \"3\"\n{\"text\": \"4\"}\n");
        assertThatThrownBy(() -> reader.readAll(f)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(f + ":3: malformed JSON")
                .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(3));
    }

    @Test
    void refusesMissingTextAndBadDates() throws Exception {
        Path noText = write("no-text.jsonl", "{\"id\": \"x\", \"title\": \"t\"}\n");
        assertThatThrownBy(() -> reader.readAll(noText)).hasMessageContaining(":1: missing \"text\"");
        Path badDate = write("bad-date.jsonl", "{\"text\": \"t\", \"published\": \"14/03/2019\"}\n");
        assertThatThrownBy(() -> reader.readAll(badDate)).hasMessageContaining(":1: \"published\" is not an ISO date");
    }

    @Test
    void readsLegacyWindows1256Text() throws Exception {
        Path f = dir.resolve("legacy.txt");
        Files.write(f, SENTENCE.getBytes(TextDecoding.WINDOWS_1256));
        assertThat(reader.readAll(f)).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo(SENTENCE);
            assertThat(d.id()).isEqualTo("legacy");
        });
    }

    @Test
    void refusesTextInAnotherEncoding() throws Exception {
        Path f = dir.resolve("latin.txt");
        Files.write(f, "Ça a été très éprouvant pour les habitants.".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> reader.readAll(f)).hasMessage(f + ": not UTF-8 or Windows-1256 text");
    }

    @Test
    void refusesBinaryFilesQuickly() throws Exception {
        byte[] bytes = new byte[200_000];
        new Random(1).nextBytes(bytes);
        bytes[10] = 0;
        Path f = dir.resolve("image.jsonl");
        Files.write(f, bytes);
        assertThatThrownBy(() -> reader.readAll(f)).hasMessage(f + ": binary file, not text");
    }

    @Test
    void skipsEmptyFilesWithAWarning() throws Exception {
        Path f = write("empty.jsonl", "  \n\n");
        assertThat(reader.readAll(f)).isEmpty();
        assertThat(warnings).containsExactly(f + ": empty file, skipped");
    }

    @Test
    void takesTheArticleOfAPageWithoutItsFurniture() throws Exception {
        Path f = write("page.html", """
                <!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>غارة على ريف إدلب</title>
                <meta property="article:published_time" content="2019-03-14T10:00:00Z">
                <link rel="canonical" href="https://example.org/news/1"></head>
                <body><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/sport">رياضة</a></li></ul></nav>
                <article><h1>غارة على ريف إدلب</h1>
                <p>%s وقال ناشطون إن ثلاثة مدنيين قتلوا في الغارة التي وقعت فجر اليوم على البلدة الواقعة في ريف إدلب.</p>
                <p>وأضاف الناشطون أن فرق الإنقاذ ما زالت تبحث عن ناجين تحت أنقاض المنزل الذي دمرته الغارة بالكامل.</p>
                <p>وتتعرض المنطقة منذ أسابيع لقصف متواصل أدى إلى نزوح آلاف العائلات نحو الحدود التركية.</p></article>
                <aside><h3>الأكثر قراءة</h3><ul><li>أسعار الذهب اليوم</li></ul></aside>
                <footer>جميع الحقوق محفوظة</footer></body></html>
                """.formatted(SENTENCE));
        Document d = reader.readAll(f).getFirst();
        assertThat(d.text()).contains("ثلاثة مدنيين قتلوا").contains("فرق الإنقاذ").doesNotContain("رياضة")
                .doesNotContain("أسعار الذهب").doesNotContain("جميع الحقوق");
        assertThat(d.published()).isEqualTo(LocalDate.of(2019, 3, 14));
        assertThat(d.url()).isEqualTo("https://example.org/news/1");
        assertThat(d.title()).contains("غارة على ريف إدلب");
    }

    @Test
    void streamsAFiftyMegabyteFile() throws Exception {
        Path f = dir.resolve("huge.jsonl");
        String line = "{\"id\": \"d%d\", \"text\": \"" + SENTENCE.repeat(8) + "\"}\n";
        long bytes = 0;
        int n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            while (bytes < 50_000_000L) {
                String l = line.formatted(n++);
                w.write(l);
                bytes += l.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        long[] count = {0};
        reader.read(f, d -> count[0]++);
        assertThat(count[0]).isEqualTo(n);
    }

    @Test
    void expandsFoldersSkippingHiddenFiles() throws Exception {
        Files.createDirectories(dir.resolve("in/sub"));
        write("in/b.txt", SENTENCE);
        write("in/sub/a.jsonl", "{\"text\": \"x\"}");
        write("in/.hidden.txt", "x");
        assertThat(DocumentReader.expand(List.of(dir.resolve("in"))))
                .containsExactly(dir.resolve("in/b.txt"), dir.resolve("in/sub/a.jsonl"));
    }

    @Test
    void namesAMissingFile() {
        Path f = dir.resolve("nope.jsonl");
        assertThatThrownBy(() -> reader.readAll(f)).hasMessage(f + ": no such file");
    }

    private Path write(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }
}
