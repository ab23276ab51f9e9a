package org.raqib.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.input.TextDecoding;
import org.raqib.store.ArchivedDocument;
import org.raqib.store.Store;

class IngesterTest {
    private static final String REPORT = "أفاد ناشطون بمقتل 4 مدنيين في قصف مدفعي على بلدة كفرنبل جنوبي إدلب صباح اليوم.";

    @TempDir
    Path dir;

    private Ingester.Result ingest(Store store, String... inputs) {
        return new Ingester(store, null, w -> { }).ingest(List.of(inputs), p -> { });
    }

    @Test
    void storesEveryValidLineAroundBrokenOnesAndCountsStoredSkippedAndFailed() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 1000; i++) {
            String line = "{\"id\": \"r" + i + "\", \"text\": \"" + REPORT + " رقم " + i + "\"}";
            lines.append(i == 2 ? line.substring(0, 25) : line).append('\n');
        }
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("feed.jsonl"), lines.toString());
        Files.writeString(in.resolve("empty.txt"), "  \n");
        try (Store store = Store.open(dir.resolve("data"))) {
            Ingester.Result r = ingest(store, in.toString());
            assertThat(r.added()).isEqualTo(999);
            assertThat(r.skipped()).isEqualTo(1);
            assertThat(r.failed()).isEqualTo(1);
            assertThat(r.errors()).singleElement().asString().startsWith(in.resolve("feed.jsonl") + ":2: malformed JSON");
            assertThat(store.archive().count()).isEqualTo(999);
            assertThat(store.archive().find("r1000")).isPresent();
        }
    }

    @Test
    void archivesEveryKindOfInputOnceAndReportsBadFiles() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), """
                {"id": "a1", "url": "https://www.example.org/a1", "published": "2019-05-12", "text": "%s"}
                {"id": "a2", "published": "2019-05-12", "text": "نص ثان عن غارة أخرى."}
                """.formatted(REPORT));
        Files.writeString(in.resolve("page.html"), "<html><head><title>غارة</title></head><body><article><p>" + REPORT
                + " وقال الناشطون إن فرق الإنقاذ انتشلت الضحايا من تحت الأنقاض بعد ساعات من القصف.</p></article></body></html>");
        Files.write(in.resolve("legacy.txt"), ("وقال مصدر طبي إن 3 جرحى نقلوا إلى المستشفى.").getBytes(TextDecoding.WINDOWS_1256));
        Files.writeString(in.resolve("news.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>أخبار</title><link>https://news.example/</link><description>d</description>
                <item><title>غارة على إدلب</title><link>https://news.example/1</link><pubDate>Sun, 12 May 2019 09:00:00 GMT</pubDate>
                <description>&lt;p&gt;%s&lt;/p&gt;</description></item>
                <item><title>قصف على حماة</title><link>https://news.example/2</link><pubDate>Sun, 12 May 2019 10:00:00 GMT</pubDate>
                <description>قتل مدنيان في قصف على ريف حماة.</description></item>
                </channel></rss>
                """.formatted(REPORT));
        Files.writeString(in.resolve("broken.jsonl"), "{\"id\": \"b1\", \"text\": \"سليم\"}\n{not json\n");
        try (Store store = Store.open(dir.resolve("data"))) {
            Ingester.Result first = ingest(store, in.toString());
            assertThat(first.added()).isEqualTo(7); // 2 lines + page + legacy text + 2 feed items + the good line before the bad one
            assertThat(first.failed()).isEqualTo(1);
            assertThat(first.errors()).singleElement().asString().contains("broken.jsonl:2: malformed JSON");

            Ingester.Result again = ingest(store, in.toString());
            assertThat(again.added()).isZero();
            assertThat(again.known()).isEqualTo(7);
            assertThat(store.archive().count()).isEqualTo(7);

            ArchivedDocument a1 = store.archive().find("a1").orElseThrow();
            assertThat(a1.outlet()).isEqualTo("example.org");
            assertThat(a1.verifies()).isTrue();
            assertThat(new String(a1.content(), StandardCharsets.UTF_8)).startsWith("{\"id\": \"a1\"");
            assertThat(store.archive().find("legacy").orElseThrow().document().text()).contains("مصدر طبي");
            assertThat(store.archive().find("https://news.example/2").orElseThrow().published()).hasToString("2019-05-12");
        }
    }

    @Test
    void fetchesPagesOverHttp() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = ("<html><head><meta charset=\"utf-8\"><title>خبر</title></head><body><article><p>" + REPORT
                + " وأضاف الناشطون أن القصف استمر حتى ساعات الظهر وطال منازل المدنيين في البلدة.</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/news/7", x -> {
            x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            x.sendResponseHeaders(200, page.length);
            x.getResponseBody().write(page);
            x.close();
        });
        server.start();
        try (Store store = Store.open(dir.resolve("data"))) {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/news/7";
            assertThat(ingest(store, url).added()).isEqualTo(1);
            assertThat(ingest(store, url).known()).isEqualTo(1);
            ArchivedDocument d = store.archive().find(url).orElseThrow();
            assertThat(d.content()).isEqualTo(page);
            assertThat(d.document().text()).contains("بمقتل 4 مدنيين");
            assertThat(d.outlet()).isEqualTo("127.0.0.1");
        } finally {
            server.stop(0);
        }
    }

    /** A killed ingest leaves no partial document, and running it again completes it. */
    @Test
    void survivesSigkillInTheMiddleOfAnIngest() throws Exception {
        int n = 3000;
        Path input = dir.resolve("many.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                w.write("{\"id\": \"m" + i + "\", \"published\": \"2019-05-12\", \"text\": \"" + (REPORT + " ").repeat(20) + i + "\"}\n");
            }
        }
        Path data = dir.resolve("data");
        Process child = ingestProcess(data, input);
        String db = "jdbc:sqlite:" + data.resolve("raqib.db");
        long storedAtKill = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && child.isAlive()) {
            storedAtKill = count(db);
            if (storedAtKill >= 300) break;
            Thread.sleep(20);
        }
        child.destroyForcibly().waitFor(); // SIGKILL
        storedAtKill = count(db);
        assertThat(storedAtKill).as("documents stored when the ingest was killed").isBetween(1L, (long) n - 1);

        Process again = ingestProcess(data, input);
        assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).isZero();
        try (Store store = Store.open(data)) {
            assertThat(store.archive().count()).isEqualTo(n);
            List<String> bad = new ArrayList<>();
            store.archive().forEach(d -> {
                if (!d.verifies() || !d.document().text().contains(REPORT)) bad.add(d.sha256());
            });
            assertThat(bad).isEmpty();
            assertThat(store.audit().entries()).hasSize(n);
        }
    }

    private static Process ingestProcess(Path data, Path input) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.raqib.cli.Main", "ingest",
                "--data", data.toString(), input.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static long count(String url) {
        try (var c = DriverManager.getConnection(url); var s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM documents")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (Exception e) {
            return 0; // not created yet, or busy for a moment
        }
    }
}
