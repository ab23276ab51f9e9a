package org.raqib.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Editors' decisions to publish or withdraw incidents, audited with what they were before and why. */
public final class Publication {
    private final Database db;

    Publication(Database db) { this.db = db; }

    public void set(String incidentId, boolean published, String editor, String reason) {
        if (editor == null || editor.isBlank()) throw new IllegalArgumentException("a decision names who made it");
        db.inTransaction(c -> {
            write(c, incidentId, published, editor.strip(), reason);
            return null;
        });
    }

    /**
     * Withdraws an incident an editor's split just made, unless a decision on it exists: what an
     * editor took apart is shown again only once an editor published it. Returns whether it did.
     */
    public boolean startUnpublished(String incidentId, String editor, String reason) {
        if (editor == null || editor.isBlank()) throw new IllegalArgumentException("a decision names who made it");
        return db.inTransaction(c -> {
            if (decision(c, incidentId) != null) return false;
            write(c, incidentId, false, editor.strip(), reason);
            return true;
        });
    }

    /**
     * An incident merged into another (by the linker or an editor) hands on its publication: when
     * it was published, the survivor is published too, audited with where that came from. Runs
     * inside the transaction that stores the merge.
     */
    static void carryOver(Connection c, String merged, String survivor) throws SQLException {
        if (!Boolean.TRUE.equals(decision(c, merged)) || Boolean.TRUE.equals(decision(c, survivor))) return;
        write(c, survivor, true, AuditLog.SYSTEM, "carried over: the published incident " + merged + " was merged into it");
    }

    private static Boolean decision(Connection c, String incidentId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT published FROM incident_publication WHERE incident_id = ?")) {
            q.setString(1, incidentId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getInt(1) != 0 : null;
            }
        }
    }

    private static void write(Connection c, String incidentId, boolean published, String actor, String reason) throws SQLException {
        Boolean before = decision(c, incidentId);
        try (PreparedStatement d = c.prepareStatement("DELETE FROM incident_publication WHERE incident_id = ?");
             PreparedStatement p = c.prepareStatement(
                     "INSERT INTO incident_publication (incident_id, published, actor, set_at) VALUES (?,?,?,?)")) {
            d.setString(1, incidentId);
            d.executeUpdate();
            p.setString(1, incidentId);
            p.setInt(2, published ? 1 : 0);
            p.setString(3, actor);
            p.setString(4, Database.now());
            p.executeUpdate();
        }
        AuditLog.append(c, actor, published ? "publish" : "unpublish", "incident:" + incidentId,
                "{\"before\":{\"published\":" + before + "},\"after\":{\"published\":" + published + "},\"reason\":"
                        + Users.jsonString(reason) + "}");
    }

    /** Every decision: incident id to published (true) or withdrawn (false). */
    public Map<String, Boolean> decisions() {
        Map<String, Boolean> out = new HashMap<>();
        db.query("SELECT incident_id, published FROM incident_publication", ps -> { }, rs -> out.put(rs.getString(1), rs.getInt(2) != 0));
        return out;
    }
}
