package org.raqib.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server sends for hostile input, checked on the wire (the browser test checks that
 * nothing runs): archived markup escaped, javascript: URLs never linked, a policy that forbids
 * inline script on every response, originals downloaded and never rendered, and a stored
 * document whose bytes no longer match its hash shown as a mismatch.
 */
class WebSecurityTest {
    @TempDir
    static Path dir;

    static WebFixture site;
    static String hostileIncident;
    static String hostileDoc;

    @BeforeAll
    static void start() {
        site = new WebFixture(dir);
        hostileIncident = site.json("/api/v1/incidents?admin1=Idlib&from=2020-01-01&to=2020-12-31").get("data").get(0).get("incident_id").asText();
        hostileDoc = site.json("/api/v1/incidents/" + hostileIncident).get("claims").get(0).get("document").asText();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void everyResponseForbidsInlineScript() {
        for (String path : new String[] {"/", "/incidents/" + hostileIncident, "/documents/" + hostileDoc, "/search?q=x",
                "/api", "/api/v1/incidents", "/static/js/map.js", "/no-such-page"}) {
            HttpResponse<String> r = site.get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
    }

    @Test
    void archivedMarkupIsEscapedOnEveryPage() {
        for (String path : new String[] {"/incidents/" + hostileIncident, "/documents/" + hostileDoc,
                "/search?q=" + java.net.URLEncoder.encode("سراقب", java.nio.charset.StandardCharsets.UTF_8)}) {
            String html = site.get(path).body();
            assertThat(html).as(path).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert")
                    .doesNotContain("<img src=x").doesNotContain("<svg onload");
            // the only scripts are the site's own files
            assertThat(html.split("<script").length - 1).isEqualTo(html.split("<script src=\"/").length - 1);
        }
        String incident = site.get("/incidents/" + hostileIncident).body();
        assertThat(incident).doesNotContain("href=\"javascript:").contains(">javascript:alert(3)</code>");
    }

    @Test
    void theOriginalIsADownloadNeverAPage() {
        HttpResponse<String> r = site.get("/documents/" + hostileDoc + "/original");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/octet-stream");
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(r.body()).contains("<script>alert(1)</script>"); // the bytes as stored
        assertThat(org.raqib.store.ArchivedDocument.sha256(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(hostileDoc);
    }

    @Test
    void aDocumentWhoseBytesChangedIsShownAsAMismatch() throws Exception {
        String sha = site.json("/api/v1/documents?limit=1").get("data").get(0).get("sha256").asText();
        assertThat(site.get("/documents/" + sha).body()).contains("class=\"verified\"").doesNotContain("class=\"mismatch\"");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + site.data.resolve("raqib.db"));
             PreparedStatement p = db.prepareStatement("UPDATE documents SET content = ? WHERE sha256 = ?")) {
            p.setBytes(1, "tampered".getBytes());
            p.setString(2, sha);
            assertThat(p.executeUpdate()).isEqualTo(1);
        }
        String page = site.get("/documents/" + sha).body();
        assertThat(page).contains("class=\"mismatch\"").contains(org.raqib.store.ArchivedDocument.sha256("tampered".getBytes()));
        assertThat(site.json("/api/v1/documents/" + sha).get("hash_verified").asBoolean()).isFalse();
        assertThat(site.get("/documents/" + sha + "/original").headers().firstValue("X-Raqib-Hash-Verified")).hasValue("false");
    }

    @Test
    void pagesRefuseMalformedRequestsWithoutStackTraces() {
        HttpResponse<String> r = site.get("/documents/not-a-hash");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        HttpResponse<String> bad = site.get("/?from=yesterday");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("not a date").doesNotContain("Exception").doesNotContain("at org.");
        HttpResponse<String> longQuery = site.get("/search?q=" + "a".repeat(300));
        assertThat(longQuery.statusCode()).isEqualTo(400);
    }
}
