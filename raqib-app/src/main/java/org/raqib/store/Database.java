package org.raqib.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.Flyway;

/**
 * One connection to Raqib's database with the two things every repository needs: work run as
 * one transaction (tried again when another writer committed first) and queries. SQLite in
 * WAL mode by default, PostgreSQL for teams; one schema for both, migrated by Flyway on open.
 */
final class Database implements AutoCloseable {
    /** Flyway reports every migration check at INFO through java.util.logging; only problems matter here. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    /** How many times a transaction is tried when another writer got there first. */
    private static final int ATTEMPTS = 20;

    interface Work<T> { T run(Connection db) throws Exception; }

    interface Binder { void bind(PreparedStatement ps) throws SQLException; }

    interface RowReader { void read(ResultSet rs) throws Exception; }

    private final Connection db;
    final boolean sqlite;

    Database(String url) throws SQLException {
        this.sqlite = url.startsWith("jdbc:sqlite:");
        // The shared schema, then what each database says in its own dialect (the audit log's triggers).
        Flyway.configure().dataSource(url, null, null)
                .locations("classpath:db/migration", "classpath:db/" + (sqlite ? "sqlite" : "postgresql"))
                .load().migrate();
        this.db = DriverManager.getConnection(url);
        if (sqlite) {
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=10000");
            }
        }
        db.setAutoCommit(false);
    }

    /**
     * Runs work as one transaction. Several processes may write to one database (a feed
     * ingest beside an analyst's grading); when one of them commits first, the other's
     * transaction fails as a whole (a taken audit number, a stale SQLite snapshot) and is
     * run again from the start, which is why every piece of work reads before it writes.
     */
    synchronized <T> T inTransaction(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                T result = work.run(db);
                db.commit();
                return result;
            } catch (Exception e) {
                try {
                    db.rollback();
                } catch (SQLException ignored) {
                    // the original failure is the one to report
                }
                if (attempt < ATTEMPTS && lostARace(e)) {
                    pause(attempt);
                    continue;
                }
                throw e instanceof StoreException se ? se : new StoreException(e.getMessage(), e);
            }
        }
    }

    /** Runs a query and hands each row to the reader, in a read transaction of its own. */
    synchronized void query(String sql, Binder binder, RowReader reader) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) reader.read(rs);
            }
            db.commit();
        } catch (Exception e) {
            throw e instanceof StoreException se ? se : new StoreException(e.getMessage(), e);
        }
    }

    long count(String sql) {
        long[] n = {0};
        query(sql, ps -> { }, rs -> n[0] = rs.getLong(1));
        return n[0];
    }

    /** Whether a failure means another writer committed first, so that trying again can succeed. */
    private boolean lostARace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (!(t instanceof SQLException q)) continue;
            if (sqlite) {
                int primary = q.getErrorCode() & 0xff;
                if (primary == 5 || primary == 6) return true; // SQLITE_BUSY (incl. BUSY_SNAPSHOT), SQLITE_LOCKED
            } else {
                String state = q.getSQLState();
                // unique_violation (the same audit number or document), serialization_failure, deadlock_detected
                if ("23505".equals(state) || "40001".equals(state) || "40P01".equals(state)) return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for another writer", e);
        }
    }

    static String now() { return Instant.now().toString(); }

    static void setLong(PreparedStatement p, int k, Long v) throws SQLException {
        if (v == null) p.setNull(k, Types.BIGINT); else p.setLong(k, v);
    }

    static void setInt(PreparedStatement p, int k, Integer v) throws SQLException {
        if (v == null) p.setNull(k, Types.INTEGER); else p.setInt(k, v);
    }

    static void setDouble(PreparedStatement p, int k, Double v) throws SQLException {
        if (v == null) p.setNull(k, Types.DOUBLE); else p.setDouble(k, v);
    }

    static Long getLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }
}
