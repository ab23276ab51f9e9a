package org.raqib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What reports carry into exports: formulas for spreadsheets, script URLs, and Arabic that needs a BOM. */
class ExportSafetyTest {
    @TempDir
    Path dir;

    @Test
    void neutralisesFormulasAndScriptUrlsInEveryExport() throws Exception {
        Path in = Files.writeString(dir.resolve("r.jsonl"), """
                {"id": "a", "url": "javascript:alert(1)", "published": "2019-03-15", "text": "قالت مصادر محلية إن 7 مدنيين قتلوا أمس في غارة جوية على بلدة كفرنبل جنوبي إدلب."}
                {"id": "b", "url": " JavaScript:alert(2)", "published": "2019-03-15", "text": "أفاد الدفاع المدني بمقتل 9 مدنيين في قصف مدفعي على مدينة دوما في ريف دمشق أمس."}
                {"id": "c", "url": "https://news.example/c", "published": "2019-03-15", "text": "قتل 4 مدنيين في غارة على بلدة سراقب شرقي إدلب أمس، وفق الدفاع المدني."}
                """, StandardCharsets.UTF_8);
        String data = dir.resolve("data").toString();
        CliTest.Result run = CliTest.run("run", "--data", data, "--outlet", "=HYPERLINK(\"http://evil.example\",\"x\")", in.toString());
        assertThat(run.code()).as(run.err()).isZero();

        String csv = CliTest.run("export", "--data", data, "--format", "csv").out();
        assertThat(csv).startsWith("\uFEFFincident_id,");
        assertThat(csv).doesNotContainIgnoringCase("javascript:").contains("https://news.example/c");
        List<String> rows = csv.substring(1).lines().skip(1).toList();
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r).contains("\"'=HYPERLINK(").doesNotContain(",=").doesNotContain(",\"="));

        for (String format : List.of("json", "geojson")) {
            String out = CliTest.run("export", "--data", data, "--format", format).out();
            assertThat(out).as(format).doesNotContainIgnoringCase("javascript:").contains("https://news.example/c");
            assertThat(new ObjectMapper().readTree(out)).isNotNull();
        }

        String noBom = CliTest.run("export", "--data", data, "--format", "csv", "--no-bom").out();
        assertThat(noBom).startsWith("incident_id,");
    }

    @Test
    void csvCellsFollowOwaspAndRfc4180() {
        assertThat(org.raqib.export.SafeCells.csvCell("=1+2")).isEqualTo("'=1+2");
        assertThat(org.raqib.export.SafeCells.csvCell("+972")).isEqualTo("'+972");
        assertThat(org.raqib.export.SafeCells.csvCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(org.raqib.export.SafeCells.csvCell("-cmd|' /C calc'!A0")).isEqualTo("'-cmd|' /C calc'!A0");
        assertThat(org.raqib.export.SafeCells.csvCell("\tx")).isEqualTo("'\tx");
        assertThat(org.raqib.export.SafeCells.csvCell("\rx")).isEqualTo("\"'\rx\"");
        assertThat(org.raqib.export.SafeCells.csvCell("=a,b")).isEqualTo("\"'=a,b\"");
        assertThat(org.raqib.export.SafeCells.csvCell("-12.5")).isEqualTo("-12.5"); // a number stays one
        assertThat(org.raqib.export.SafeCells.csvCell("حلب")).isEqualTo("حلب");
        assertThat(org.raqib.export.SafeCells.httpUrl("data:text/html,x")).isNull();
        assertThat(org.raqib.export.SafeCells.httpUrl("file:///etc/passwd")).isNull();
        assertThat(org.raqib.export.SafeCells.httpUrl("HTTPS://a.example/x")).isEqualTo("HTTPS://a.example/x");
    }

    @Test
    void exportsStreamIncidentsInTheOrderIncidentsListsThem() throws Exception {
        Path in = Files.writeString(dir.resolve("r.jsonl"), """
                {"id": "a", "published": "2019-03-20", "text": "قتل 7 مدنيين أمس في غارة جوية على بلدة كفرنبل جنوبي إدلب."}
                {"id": "b", "published": "2019-03-10", "text": "قتل 9 مدنيين أمس في قصف مدفعي على مدينة دوما في ريف دمشق."}
                {"id": "c", "text": "قتل 4 مدنيين في غارة على بلدة سراقب شرقي إدلب."}
                """, StandardCharsets.UTF_8);
        String data = dir.resolve("data").toString();
        assertThat(CliTest.run("run", "--data", data, in.toString()).code()).isZero();
        JsonNode json = new ObjectMapper().readTree(CliTest.run("export", "--data", data, "--format", "json").out());
        List<String> exported = new java.util.ArrayList<>();
        json.forEach(i -> exported.add(i.path("date").isNull() ? "-" : i.path("date").path("from").asText()));
        // by first day, undated last: the order of `incidents`
        assertThat(exported).containsExactly("2019-03-09", "2019-03-19", "-");
        List<String> listed = CliTest.run("incidents", "--data", data).out().lines().skip(1)
                .map(l -> l.split("\\s+")[1]).toList();
        assertThat(listed).containsExactly("2019-03-09", "2019-03-19", "-");
    }
}
