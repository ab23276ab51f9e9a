package org.raqib.cli;

import org.raqib.pipeline.Gazetteers;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: outputs, messages and exit codes. */
class CliTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void extractWritesOneContractClaimPerLine() throws Exception {
        Path f = Files.writeString(dir.resolve("r.jsonl"), """
                {"id": "r1", "published": "2019-03-15", "text": "قالت مصادر محلية إن 7 مدنيين بينهم طفلان قتلوا أمس في غارة روسية على بلدة كفرنبل جنوبي إدلب."}
                """, StandardCharsets.UTF_8);
        Result r = run("extract", "--data", dir.resolve("data").toString(), f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).singleElement().satisfies(line -> assertThat(line)
                .contains("\"doc\":\"r1\"", "\"civilians_killed\":{\"low\":7,\"best\":7,\"high\":7",
                        "\"children_killed\":{\"low\":2,\"best\":2", "\"actor\":\"RUSSIA\"", "\"from\":\"2019-03-14\"",
                        "\"admin1\":\"Idlib\"", "\"evidence\":{\"start\":0"));
    }

    @Test
    void badInputNamesTheFileAndLineAndExitsNonZeroButReadsTheOthers() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"text\": \"x\"}\n{oops\n");
        Path good = Files.writeString(dir.resolve("good.txt"), "قتل 5 مدنيين في قصف مدفعي على بلدة في ريف حلب.");
        Result r = run("extract", "--format", "table", bad.toString(), good.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(bad + ":2: malformed JSON");
        assertThat(r.out()).contains("good\tincident").contains("civilians_killed=5");
    }

    @Test
    void evalPrintsTheContractScores() throws Exception {
        Files.writeString(dir.resolve("g1.json"), """
                {"id": "g1", "published": "2019-03-15", "lang": "ar", "title": null,
                 "text": "قتل 4 مدنيين في غارة جوية على بلدة سراقب، وفق الدفاع المدني.",
                 "gold": [{"kind": "incident", "stance": "alleges", "source": {"text": "الدفاع المدني", "actor": "CIVIL_DEFENSE"},
                   "perpetrator": null, "event_type": "airstrike", "date": null, "place": null,
                   "killed": null, "civilians_killed": {"low": 4, "best": 4, "high": 4, "text": "4 مدنيين"},
                   "children_killed": null, "women_killed": null, "combatants_killed": null,
                   "injured": {"low": 3, "best": 3, "high": 3, "text": "3"}, "evidence_text": "قتل 4 مدنيين"}],
                 "notes": "the injured figure is not in the text: a deliberate miss"}
                """);
        Result r = run("eval", "--gold", dir.toString(), "--by-doc");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("documents 1").contains("precision").contains("injured=3");
        assertThat(r.out()).containsPattern("\\s1\\s+0\\s+1\\s+1\\.000\\s+0\\.500\\s+0\\.667");
    }

    @Test
    void importsAGeoNamesDumpAndUsesItsPlaces() throws Exception {
        // two villages in the GeoNames dump format (19 columns), one of them unknown to the built-in gazetteer
        String row = String.join("\t", "9900001", "Tall Ghazal", "Tall Ghazal", "Tall Ghazal,تل غزال", "36.21", "37.02",
                "P", "PPL", "SY", "", "09", "", "", "", "700", "", "400", "Asia/Damascus", "2024-01-01");
        String other = String.join("\t", "9900002", "Kafr Test", "Kafr Test", "Kafr Test", "35.0", "36.0",
                "P", "PPL", "SY", "", "12", "", "", "", "900", "", "300", "Asia/Damascus", "2024-01-01");
        Path dump = Files.writeString(dir.resolve("SY.txt"), row + "\n" + other + "\n");
        Path data = dir.resolve("data");
        Result r = run("gazetteer", "import", dump.toString(), "--data", data.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("imported 1 places with Arabic names (of 2 lines)");

        Path report = Files.writeString(dir.resolve("r.txt"), "قتل 3 مدنيين في غارة على قرية تل غزال شمال سوريا.");
        assertThat(run("extract", "--format", "table", report.toString()).out()).doesNotContain("Aleppo");
        assertThat(run("extract", "--format", "table", "--data", data.toString(), report.toString()).out())
                .contains("تل غزال/Aleppo");
    }

    @Test
    void aSecondImportAddsToTheFirst() throws Exception {
        Path data = dir.resolve("data");
        Path syria = Files.writeString(dir.resolve("SY.txt"), String.join("\t", "9900001", "Tall Ghazal", "Tall Ghazal",
                "تل غزال", "36.21", "37.02", "P", "PPL", "SY", "", "09", "", "", "", "700", "", "400", "Asia/Damascus", "2024-01-01") + "\n");
        Path iraq = Files.writeString(dir.resolve("IQ.txt"), String.join("\t", "9900002", "Umm Hajar", "Umm Hajar",
                "أم حجر", "36.31", "43.11", "P", "PPL", "IQ", "", "15", "", "", "", "300", "", "250", "Asia/Baghdad", "2024-01-01") + "\n");
        assertThat(run("gazetteer", "import", syria.toString(), "--data", data.toString()).code()).isZero();
        assertThat(run("gazetteer", "import", iraq.toString(), "--data", data.toString()).code()).isZero();
        assertThat(Gazetteers.imported(data)).hasSize(2);
        Path report = Files.writeString(dir.resolve("r.txt"),
                "قتل 3 مدنيين في غارة على قرية تل غزال شمال سوريا. وقتل 4 مدنيين في انفجار في قرية أم حجر شمالي العراق.");
        assertThat(run("extract", "--format", "table", "--data", data.toString(), report.toString()).out())
                .contains("تل غزال/Aleppo").contains("أم حجر/");
    }

    @Test
    void refusesAFileInAnotherFormatAndKeepsThePreviousImport() throws Exception {
        Path data = dir.resolve("data");
        Path good = Files.writeString(dir.resolve("ok.txt"), String.join("\t", "9900001", "Tall Ghazal", "Tall Ghazal",
                "تل غزال", "36.21", "37.02", "P", "PPL", "SY", "", "09", "", "", "", "700", "", "400", "Asia/Damascus", "2024-01-01") + "\n");
        assertThat(run("gazetteer", "import", good.toString(), "--data", data.toString()).code()).isZero();
        Path csv = Files.writeString(dir.resolve("places.csv"), "name,lat,lon\nTall Ghazal,36.21,37.02\n");
        Result r = run("gazetteer", "import", csv.toString(), "--data", data.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(csv + ":1: not a GeoNames dump line: expected 19 tab-separated columns, found 1")
                .contains("nothing was imported");
        assertThat(Gazetteers.imported(data)).singleElement().satisfies(f -> assertThat(Files.size(f)).isPositive());
        Path report = Files.writeString(dir.resolve("r.txt"), "قتل 3 مدنيين في غارة على قرية تل غزال شمال سوريا.");
        assertThat(run("extract", "--format", "table", "--data", data.toString(), report.toString()).out()).contains("Aleppo");
    }
}
