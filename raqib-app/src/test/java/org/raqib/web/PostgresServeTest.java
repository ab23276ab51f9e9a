package org.raqib.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.cli.Main;
import org.raqib.search.SearchIndex;
import org.raqib.store.Store;

/**
 * The site on a PostgreSQL store (RAQIB_TEST_PG_URL, set by .ci/postgres.sh), as
 * {@code raqib run --db URL} then {@code raqib serve --db URL} give it. Skipped without a
 * server on a developer's machine, failing in CI.
 */
class PostgresServeTest {
    private static final String URL = System.getenv("RAQIB_TEST_PG_URL");

    @TempDir
    Path dir;

    @Test
    void servesTheRecordOfAPostgresStore() throws Exception {
        if ("true".equals(System.getenv("CI"))) assertThat(URL).as("RAQIB_TEST_PG_URL in CI").isNotBlank();
        assumeTrue(URL != null && !URL.isBlank(), "RAQIB_TEST_PG_URL not set: PostgreSQL tests skipped");
        String schema = "w_" + UUID.randomUUID().toString().replace("-", "");
        try (var c = DriverManager.getConnection(URL); var s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try {
            StringWriter err = new StringWriter();
            int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "run", "--db", url, WebFixture.SAMPLES.toString());
            assertThat(code).as(err.toString()).isZero();
            try (Store store = Store.open(url); SearchIndex index = SearchIndex.open(dir.resolve("idx"))) {
                StoreRecordReader record = new StoreRecordReader(store);
                SearchSync sync = new SearchSync(record, index);
                assertThat(sync.sync()).isEqualTo(15);
                WebServer server = new WebServer(record, index, sync, null).start("127.0.0.1", 0);
                try {
                    HttpClient http = HttpClient.newHttpClient();
                    String base = "http://127.0.0.1:" + server.port();
                    JsonNode incidents = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/incidents")).build(),
                            HttpResponse.BodyHandlers.ofString()).body());
                    assertThat(incidents.get("count").asInt()).isEqualTo(7);
                    JsonNode documents = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/documents")).build(),
                            HttpResponse.BodyHandlers.ofString()).body());
                    String sha = documents.get("data").get(0).get("sha256").asText();
                    String page = http.send(HttpRequest.newBuilder(URI.create(base + "/documents/" + sha)).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                    assertThat(page).contains("class=\"verified\"");
                } finally {
                    server.stop();
                }
            }
        } finally {
            try (var c = DriverManager.getConnection(URL); var s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
