package org.raqib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.input.TextDecoding;

/**
 * The bad inputs a monitoring feed really delivers, generated here (nothing large is kept in
 * the repository), through ingest, extract, run and every export, each in a JVM of its own
 * with a 512 MB heap and a generous time budget: every good report must be stored and
 * extracted, every bad one named, and nothing may crash (no stack trace, no OutOfMemoryError).
 */
class HostileInputSuiteTest {
    /** Far above what the commands need (seconds); only a hang or a quadratic blow-up reaches it. */
    private static final long BUDGET_SECONDS = 150;
    private static final String[] PLACES = {"كفرنبل جنوبي إدلب", "سراقب شرقي إدلب", "دوما في ريف دمشق", "تل رفعت شمال حلب",
            "الحولة في ريف حمص"};

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    @Test
    void badInputsNeverLoseGoodReportsNorCrashUnderASmallHeap() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<String> good = new ArrayList<>();
        writeReports(in.resolve("reports.jsonl"), good);
        writeUnpunctuated(in.resolve("unpunctuated.txt"), 50L << 20);
        good.add("unpunctuated");
        writeOneHugeLine(in.resolve("huge-line.jsonl"), good);
        writeNestedHtml(in.resolve("nested.html"), 20_000);
        good.add("nested");
        writeFeed(in.resolve("feed.rss"), 10_000);
        Files.write(in.resolve("legacy.txt"), report(3, 0).getBytes(TextDecoding.WINDOWS_1256));
        good.add("legacy");
        byte[] noise = new byte[200_000];
        new Random(5).nextBytes(noise);
        Files.write(in.resolve("image.bin"), noise);
        Files.writeString(in.resolve("digits.txt"), "قتل " + "9".repeat(10_000) + " مدنيا في غارة على " + PLACES[0]
                + " أمس. وأصيب ٧" + "٣".repeat(10_000) + " آخرون.");
        Path data = dir.resolve("data");

        Run ingest = cli("ingest", "--data", data.toString(), in.toString());
        assertNoCrash(ingest);
        assertThat(ingest.code()).as("bad inputs make the exit code non-zero").isEqualTo(1);
        assertThat(ingest.err()).contains("reports.jsonl:1: malformed JSON", "reports.jsonl:7: ", "reports.jsonl:50: ",
                "reports.jsonl:77: invalid UTF-8", "image.bin: binary file, not text");
        assertThat(ingest.out()).containsPattern("ingested: \\d+ new, 0 already stored, \\d+ skipped, 6 failed");

        Run run = cli("run", "--data", data.toString());
        assertNoCrash(run);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("(unpunctuated): too long", "(huge): too long");

        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("raqib.db"))) {
            for (String id : good) {
                assertThat(count(db, "SELECT COUNT(*) FROM documents WHERE input_id = '" + id + "'")).as("stored: " + id).isEqualTo(1);
            }
            assertThat(count(db, "SELECT COUNT(*) FROM documents WHERE input_id LIKE 'https://feed.example/%'")).isEqualTo(10_000);
            assertThat(count(db, "SELECT COUNT(*) FROM documents d LEFT JOIN extractions e ON e.doc_sha = d.sha256 "
                    + "WHERE e.doc_sha IS NULL")).as("documents not extracted").isZero();
            for (String id : good) {
                if (!id.startsWith("r")) continue;   // the ordinary reports each state a toll
                assertThat(count(db, "SELECT COUNT(*) FROM claims c JOIN documents d ON d.sha256 = c.doc_sha WHERE d.input_id = '"
                        + id + "'")).as("claims of " + id).isPositive();
            }
        }

        // extract reads files, not feeds: everything but the feed
        List<String> files = new ArrayList<>(List.of("extract", "--format", "table"));
        try (var listing = Files.list(in)) {
            listing.filter(f -> !f.getFileName().toString().endsWith(".rss")).sorted().forEach(f -> files.add(f.toString()));
        }
        Run extract = cli(files.toArray(String[]::new));
        assertNoCrash(extract);
        assertThat(extract.code()).isEqualTo(1);
        assertThat(extract.out()).contains("r299\tincident", "after-huge\tincident", "nested\tincident", "legacy\tincident");

        long incidents;
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("raqib.db"))) {
            incidents = count(db, "SELECT COUNT(*) FROM incidents");
        }
        for (String format : List.of("csv", "json", "geojson")) {
            Path out = dir.resolve("export." + format);
            Run export = cli("export", "--data", data.toString(), "--format", format, "-o", out.toString());
            assertNoCrash(export);
            assertThat(export.code()).as(export.err()).isZero();
            if (format.equals("csv")) {
                try (var lines = Files.lines(out)) {
                    assertThat(lines.count()).isEqualTo(incidents + 1);
                }
            } else {
                JsonNode root = new ObjectMapper().readTree(out.toFile());
                assertThat(format.equals("json") ? root.size() : root.get("features").size()).isEqualTo((int) incidents);
            }
        }
    }

    /** 300 ordinary reports, and among them: a truncated first line, truncated lines, binary junk, a Windows-1256 line. */
    private static void writeReports(Path file, List<String> good) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 300; i++) {
                String line = "{\"id\": \"r" + i + "\", \"published\": \"2024-02-" + (10 + i % 18) + "\", \"text\": \"" + report(i + 2, i) + "\"}";
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                if (i == 0 || i == 6 || i == 49) {
                    bytes = java.util.Arrays.copyOf(bytes, bytes.length / 2);   // cut short
                } else if (i == 120) {
                    bytes = new byte[400];
                    new Random(9).nextBytes(bytes);
                    for (int k = 0; k < bytes.length; k++) if (bytes[k] == '\n') bytes[k] = 0;
                } else if (i == 76) {
                    bytes = line.getBytes(TextDecoding.WINDOWS_1256);           // another encoding in a UTF-8 file
                } else {
                    good.add("r" + i);
                }
                out.write(bytes);
                out.write('\n');
            }
        }
    }

    private static String report(int killed, int i) {
        return "قالت مصادر محلية إن " + killed + " مدنيين قتلوا أمس في غارة جوية على " + PLACES[i % PLACES.length]
                + "، وأضافت أن فرق الإنقاذ انتشلت جثث الضحايا من تحت الأنقاض.";
    }

    /** Words and numbers with no full stop and no line break, as a runaway capture delivers. */
    private static void writeUnpunctuated(Path file, long bytes) throws IOException {
        String[] words = ("قال مصدر إن القصف على البلدة أسفر عن مقتل 5 مدنيين وإصابة 12 آخرين في الريف الغربي "
                + "وأكدت فرق الدفاع المدني أنها تواصل البحث عن ناجين").split(" ");
        Random r = new Random(1);
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (written < bytes) {
                String word = words[r.nextInt(words.length)];
                w.write(word);
                w.write(' ');
                written += word.length() * 2L + 1;
            }
        }
    }

    /** A JSON line of 10 MB (one report's text pasted a thousand times over) and a report after it. */
    private static void writeOneHugeLine(Path file, List<String> good) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"id\": \"huge\", \"text\": \"");
            String chunk = "تتواصل الاشتباكات في المنطقة دون توقف منذ الصباح ";
            for (long n = 0; n < (10L << 20); n += chunk.length() * 2L) w.write(chunk);
            w.write("\"}\n{\"id\": \"after-huge\", \"text\": \"" + report(7, 1) + "\"}\n");
        }
        good.add("huge");
        good.add("after-huge");
    }

    private static void writeNestedHtml(Path file, int depth) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<html><head><title>خبر</title></head><body>");
            for (int i = 0; i < depth; i++) w.write("<div>");
            w.write("<p>" + report(4, 2) + "</p>");
            for (int i = 0; i < depth; i++) w.write("</div>");
            w.write("</body></html>");
        }
    }

    private static void writeFeed(Path file, int items) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>موجز</title>"
                    + "<link>https://feed.example/</link><description>d</description>");
            for (int i = 0; i < items; i++) {
                w.write("<item><title>خبر " + i + "</title><link>https://feed.example/" + i + "</link><description>"
                        + report(i % 40 + 2, i) + "</description></item>");
            }
            w.write("</channel></rss>");
        }
    }

    private Run cli(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-Xss4m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), "org.raqib.cli.Main"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt"), err = Files.createTempFile(dir, "err", ".txt");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(BUDGET_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("raqib " + String.join(" ", args) + " still running after " + BUDGET_SECONDS + " s");
        }
        System.err.printf("hostile suite: raqib %s took %.1f s%n", args[0], (System.nanoTime() - t0) / 1e9);
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static void assertNoCrash(Run r) {
        assertThat(r.err()).doesNotContain("Exception in thread", "OutOfMemoryError", "StackOverflowError", "\tat ");
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
