package org.raqib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The smaller defects of issue 11, each as a user meets it. */
class SmallDefectsTest {
    private static final String REPORT = "قالت مصادر محلية إن 7 مدنيين قتلوا أمس في غارة جوية على بلدة كفرنبل جنوبي إدلب.";

    @TempDir
    Path dir;

    @Test
    void noCommandIsAUsageErrorNotSuccess() {
        CliTest.Result r = CliTest.run();
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("missing a command").contains("Usage: raqib");
        assertThat(CliTest.run("--help").code()).isZero();
    }

    @Test
    void aGradeNeedsANamedAnalyst() throws Exception {
        String data = dir.resolve("data").toString();
        Path in = Files.writeString(dir.resolve("r.jsonl"), "{\"id\": \"r\", \"published\": \"2019-03-15\", \"text\": \"" + REPORT + "\"}\n");
        assertThat(CliTest.run("run", "--data", data, in.toString()).code()).isZero();
        String incident = CliTest.run("incidents", "--data", data).out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];

        for (String blank : new String[]{"", "  "}) {
            CliTest.Result r = CliTest.run("grade", "--data", data, incident, "discounted", "--analyst", blank);
            assertThat(r.code()).isNotZero();
            assertThat(r.err()).contains("--analyst must name the analyst");
        }
        try (var store = org.raqib.store.Store.open(Path.of(data))) {
            assertThat(store.grades().all()).isEmpty();
            assertThat(store.audit().entries()).noneMatch(e -> e.action().equals("grade"));
        }
        assertThat(CliTest.run("grade", "--data", data, incident, "discounted", "--analyst", "hala").code()).isZero();
    }

    @Test
    void showTakesTheHashAsItPrintsItAndExplainsATooShortPrefix() throws Exception {
        String data = dir.resolve("data").toString();
        Path in = Files.writeString(dir.resolve("r.txt"), REPORT, StandardCharsets.UTF_8);
        assertThat(CliTest.run("ingest", "--data", data, in.toString()).code()).isZero();
        CliTest.Result byId = CliTest.run("show", "--data", data, "r");
        String first = byId.out().lines().findFirst().orElseThrow();
        assertThat(first).startsWith("sha256:");
        String printed = "sha256:" + first.split("\\s+")[1];   // the hash labelled as show labels it ...

        CliTest.Result again = CliTest.run("show", "--data", data, printed);   // ... and what it takes back
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(CliTest.run("show", "--data", data, printed.substring(0, 7 + 8)).code()).isZero();

        CliTest.Result shortPrefix = CliTest.run("show", "--data", data, printed.substring(7, 10));
        assertThat(shortPrefix.code()).isNotZero();
        assertThat(shortPrefix.err()).contains("too short a hash prefix").contains("at least 6");
    }

    @Test
    void aDanglingSymlinkInAFolderIsReportedNotSkippedSilently() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("good.txt"), REPORT);
        Files.createSymbolicLink(folder.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        CliTest.Result r = CliTest.run("ingest", "--data", dir.resolve("data").toString(), folder.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("gone.txt: a symbolic link to a missing file");
        assertThat(r.out()).contains("ingested: 1 new");

        CliTest.Result e = CliTest.run("extract", "--format", "table", folder.toString());
        assertThat(e.code()).isNotZero();
        assertThat(e.err()).contains("gone.txt: a symbolic link to a missing file");
        assertThat(e.out()).contains("civilians_killed=7");
    }
}
