package org.raqib.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.cli.Main;
import org.raqib.model.Incident;

/** An incident merged into another keeps its address: the page of its old id leads to the one it joined. */
class MergedIncidentAddressTest {
    @TempDir
    Path dir;

    WebFixture site;

    @BeforeEach
    void start() { site = new WebFixture(dir); }

    @AfterEach
    void stop() { site.close(); }

    @Test
    void theOldIdOfAMergedIncidentRedirectsToItsSuccessor() throws Exception {
        List<Incident> incidents = site.store.incidents().all();
        String a = incidents.get(0).id(), b = incidents.get(1).id();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "link", "merge", a, b,
                "--data", site.data.toString(), "--editor", "editor-1", "--reason", "one raid under two names");
        assertThat(code).as(err.toString()).isZero();
        String kept = site.store.incidents().current(a).orElseThrow();
        String gone = kept.equals(a) ? b : a;
        assertThat(site.store.incidents().current(gone)).hasValue(kept);

        // the site reloads its record when the audit log moves (checked at most once a second): wait for it, bounded
        HttpResponse<String> r = site.get("/incidents/" + gone);
        for (int tries = 0; r.statusCode() != 301 && tries < 50; tries++) {
            Thread.sleep(200);
            r = site.get("/incidents/" + gone);
        }
        assertThat(r.statusCode()).isEqualTo(301);
        assertThat(r.headers().firstValue("Location")).hasValue("/incidents/" + kept);
        assertThat(site.get("/incidents/" + kept).statusCode()).isEqualTo(200);
        assertThat(site.get("/incidents/inc-000000000000").statusCode()).isEqualTo(404);
    }
}
