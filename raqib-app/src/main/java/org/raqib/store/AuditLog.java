package org.raqib.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only log of every change: who, when, what, on which entity. Entries are written
 * by the repositories inside the transaction that makes the change; the database itself
 * refuses to update or delete them (triggers, migration V2).
 */
public final class AuditLog {
    /** The actor of changes made by the machine (ingest, extraction, linking). */
    static final String SYSTEM = System.getProperty("user.name", "raqib");

    private final Database db;

    AuditLog(Database db) { this.db = db; }

    public List<AuditEntry> entries() {
        List<AuditEntry> out = new ArrayList<>();
        db.query("SELECT seq, at, actor, action, entity, details FROM audit_log ORDER BY seq", ps -> { },
                rs -> out.add(entry(rs)));
        return out;
    }

    /** The entries about one entity (e.g. {@code incident:inc-…}), oldest first. */
    public List<AuditEntry> about(String entity) {
        List<AuditEntry> out = new ArrayList<>();
        db.query("SELECT seq, at, actor, action, entity, details FROM audit_log WHERE entity = ? ORDER BY seq",
                ps -> ps.setString(1, entity), rs -> out.add(entry(rs)));
        return out;
    }

    /** The number of the last entry: every change to the record writes one, so this tells readers to reload. */
    public long lastSeq() { return db.count("SELECT COALESCE(MAX(seq), 0) FROM audit_log"); }

    /** Appends an entry inside the caller's transaction, numbered after the last one. */
    static void append(Connection c, String actor, String action, String entity, String details) throws SQLException {
        long seq;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM audit_log")) {
            rs.next();
            seq = rs.getLong(1) + 1;
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO audit_log (seq, at, actor, action, entity, details) VALUES (?,?,?,?,?,?)")) {
            p.setLong(1, seq);
            p.setString(2, Database.now());
            p.setString(3, actor);
            p.setString(4, action);
            p.setString(5, entity);
            p.setString(6, details);
            p.executeUpdate();
        }
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6));
    }
}
