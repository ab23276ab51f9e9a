package org.raqib.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database written by an earlier version opens with its claims renamed and their incidents kept. */
class MigrationTest {
    @TempDir
    Path dir;

    @Test
    void claimsOfAVersion3DatabaseTakeStableIdsAndKeepTheirIncident() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        String url = "jdbc:sqlite:" + dir.resolve("data").resolve("raqib.db");
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration", "classpath:db/sqlite")
                .target("3").load().migrate();
        String sha = "ab".repeat(32);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO documents (sha256, input_id, captured_at, media_type, text, fingerprint, content) "
                    + "VALUES ('" + sha + "', 'd', '2019-05-13T08:00:00Z', 'text/plain', 'نص', 0, X'00')");
            for (int i = 0; i < 2; i++) {
                s.executeUpdate("INSERT INTO claims (id, doc_sha, ordinal, kind, stance, event_type, evidence_start, "
                        + "evidence_end, json) VALUES ('" + sha + ":" + i + "', '" + sha + "', " + i
                        + ", 'incident', 'alleges', 'airstrike', 10, 40, '{}')");
            }
            s.executeUpdate("INSERT INTO incidents (id, kind, event_type, grade, accused_statement, independent_sources, "
                    + "perpetrators, json) VALUES ('inc-1', 'incident', 'airstrike', 'fair', 'none', 1, '', '{}')");
            s.executeUpdate("INSERT INTO incident_claims VALUES ('inc-1', '" + sha + ":0'), ('inc-1', '" + sha + ":1')");
            s.executeUpdate("INSERT INTO extractions VALUES ('" + sha + "', 'old-rules', '2019-05-13T08:00:00Z')");
        }
        try (Store store = Store.open(dir.resolve("data"))) {
            assertThat(store.incidents().claimsOf(java.util.List.of("inc-1")))
                    .containsExactlyInAnyOrder("abababababab-10-40-1", "abababababab-10-40-2");
            assertThat(store.incidents().taken("inc-1")).isTrue();
            // the stored JSON predates the contract's: the next run reads every document again
            assertThat(store.claims().toExtract("old-rules")).containsExactly(sha);
        }
    }
}
