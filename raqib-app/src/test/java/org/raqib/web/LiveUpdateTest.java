package org.raqib.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.cli.Main;

/** What {@code raqib run} adds beside a running server shows up without a restart, in the API and in search. */
class LiveUpdateTest {
    @TempDir
    Path dir;

    @Test
    void aRunBesideTheServerShowsUpWithoutARestart() throws Exception {
        try (WebFixture site = new WebFixture(dir)) {
            int before = site.json("/api/v1/incidents").get("count").asInt();
            String word = URLEncoder.encode("طوباس", StandardCharsets.UTF_8);
            assertThat(site.json("/api/v1/search?q=" + word).get("total").asInt()).isZero();
            Path report = dir.resolve("new.jsonl");
            Files.writeString(report, "{\"id\": \"live-1\", \"url\": \"https://live.example/1\", \"published\": \"2023-06-05\", "
                    + "\"text\": \"قالت مصادر طبية إن 4 مدنيين قتلوا اليوم الإثنين في قصف على مدينة طوباس.\"}\n");
            int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "run", "--data",
                    site.data.toString(), report.toString());
            assertThat(code).isZero();
            int after = before;
            for (int attempt = 0; attempt < 50 && after == before; attempt++) {
                Thread.sleep(100); // the server looks at the record at most once a second
                after = site.json("/api/v1/incidents").get("count").asInt();
            }
            assertThat(after).isEqualTo(before + 1);
            assertThat(site.json("/api/v1/search?q=" + word).get("total").asInt()).isEqualTo(1);
        }
    }
}
