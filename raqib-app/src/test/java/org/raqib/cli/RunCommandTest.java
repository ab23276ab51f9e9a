package org.raqib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job on the bundled demo reports: ingest, extract, link, assess, export, grade. */
class RunCommandTest {
    private static final Path DEMO = Path.of("..", "samples", "reports", "demo.jsonl");

    @TempDir
    Path dir;

    @Test
    void runsTheMainJobAndExportsWhatItFound() throws Exception {
        String data = dir.resolve("data").toString();
        CliTest.Result run = CliTest.run("run", "--data", data, DEMO.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("extracted: 15 documents (15 claims new, 0 changed, 0 removed; 0 documents already read")
                .contains("linked: 15 claims relinked (7 new incidents")
                .contains("15 documents, 15 claims, 7 incidents");
        assertThat(CliTest.run("incidents", "--data", data).out())
                .containsPattern("Deir ez-Zor .* 17–40 .* fair / denied")
                .containsPattern("Khan Yunis .* confirmed / acknowledged 10 civilians")
                .containsPattern("COALITION,RUSSIA .* contested");

        // running again on the same reports stores nothing new and reads no document again
        CliTest.Result again = CliTest.run("run", "--data", data, DEMO.toString());
        assertThat(again.out()).contains("ingested: 0 new, 15 already stored")
                .contains("extracted: 0 documents (0 claims new, 0 changed, 0 removed; 15 documents already read")
                .contains("linked: 0 claims relinked").contains("15 claims, 7 incidents");
        // reading everything again under the same rules changes no claim, and is recorded as these rules' reading
        CliTest.Result forced = CliTest.run("run", "--data", data, "--reextract");
        assertThat(forced.out()).contains("extracted: 15 documents (0 claims new, 0 changed, 0 removed")
                .contains("linked: 0 claims relinked").contains("15 claims, 7 incidents");
        assertThat(CliTest.run("run", "--data", data).out()).contains("extracted: 0 documents");

        String csv = CliTest.run("export", "--data", data, "--format", "csv").out();
        assertThat(csv).startsWith("\uFEFF"); // so that spreadsheets read the Arabic as UTF-8
        List<String> lines = csv.substring(1).lines().toList();
        assertThat(lines).hasSize(8);
        assertThat(lines.getFirst()).startsWith("incident_id,event_date,event_date_end,year,kind,event_type,country,admin1,location");
        assertThat(lines).allSatisfy(l -> assertThat(l.split(",", -1)).hasSizeGreaterThanOrEqualTo(34));
        int admitted = List.of(lines.getFirst().split(",")).indexOf("acknowledged_civilians");
        assertThat(lines.stream().skip(1).map(l -> l.split(",", -1)[admitted]).filter(v -> !v.isEmpty())).containsExactly("10");

        JsonNode geo = new ObjectMapper().readTree(CliTest.run("export", "--data", data, "--format", "geojson").out());
        assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(geo.get("features")).hasSize(7);
        for (JsonNode f : geo.get("features")) {
            JsonNode g = f.get("geometry");
            if (!g.isNull()) {
                assertThat(g.get("type").asText()).isEqualTo("Point");
                assertThat(g.get("coordinates").get(0).asDouble()).isBetween(-180.0, 180.0);
            }
            assertThat(f.get("properties").get("claims").size()).isPositive();
        }

        JsonNode json = new ObjectMapper().readTree(CliTest.run("export", "--data", data, "--format", "json").out());
        String hajin = null;
        for (JsonNode i : json) if (i.get("assessment").get("accused_statement").asText().equals("denied")) hajin = i.get("id").asText();
        assertThat(hajin).isNotNull();
        for (JsonNode i : json) {
            JsonNode a = i.get("assessment");
            if (a.get("accused_statement").asText().equals("acknowledged")) {
                assertThat(a.get("acknowledged_civilians").get("min").asLong()).isEqualTo(10);
            } else {
                assertThat(a.get("acknowledged_civilians").isNull()).isTrue();
            }
        }

        CliTest.Result graded = CliTest.run("grade", "--data", data, hajin, "discounted", "--analyst", "reviewer",
                "--reason", "duplicate of a later report");
        assertThat(graded.code()).as(graded.err()).isZero();
        assertThat(CliTest.run("incidents", "--data", data).out()).containsPattern(hajin + " .* discounted / denied");
        assertThat(CliTest.run("run", "--data", data).code()).isZero();
        assertThat(CliTest.run("incidents", "--data", data).out()).containsPattern(hajin + " .* discounted");

        CliTest.Result show = CliTest.run("show", "--data", data, "demo-a1");
        assertThat(show.code()).isZero();
        assertThat(show.out()).contains("(verified)").contains("outlet:      observer-news.example").contains("claim ");
        assertThat(CliTest.run("show", "--data", data, "nope").code()).isEqualTo(1);
    }
}
