package org.raqib.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The store contract on a real PostgreSQL server: RAQIB_TEST_PG_URL (set by .ci/postgres.sh).
 * Without it the tests are skipped on a developer's machine, and fail in CI (CI=true).
 */
class PostgresStoreTest extends StoreContract implements WorkbenchContract {
    private static final String URL = System.getenv("RAQIB_TEST_PG_URL");
    private String schema;

    @BeforeEach
    void schema() throws Exception {
        if ("true".equals(System.getenv("CI"))) assertThat(URL).as("RAQIB_TEST_PG_URL in CI").isNotBlank();
        assumeTrue(URL != null && !URL.isBlank(), "RAQIB_TEST_PG_URL not set: PostgreSQL tests skipped");
        schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (var c = DriverManager.getConnection(URL); var s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
    }

    @AfterEach
    void drop() throws Exception {
        if (schema == null) return;
        try (var c = DriverManager.getConnection(URL); var s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Override
    public Store open() { return Store.open(url()); }

    @Override
    Connection connect() throws SQLException { return DriverManager.getConnection(url()); }

    private String url() { return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema; }
}
