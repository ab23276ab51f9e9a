package org.raqib.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

/** Editors' decisions to publish or withdraw incidents, audited with what they were before and why. */
public final class Publication {
    private final Database db;

    Publication(Database db) { this.db = db; }

    public void set(String incidentId, boolean published, String editor, String reason) {
        if (editor == null || editor.isBlank()) throw new IllegalArgumentException("a decision names who made it");
        db.inTransaction(c -> {
            Boolean before = null;
            try (PreparedStatement q = c.prepareStatement("SELECT published FROM incident_publication WHERE incident_id = ?")) {
                q.setString(1, incidentId);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) before = rs.getInt(1) != 0;
                }
            }
            try (PreparedStatement d = c.prepareStatement("DELETE FROM incident_publication WHERE incident_id = ?");
                 PreparedStatement p = c.prepareStatement(
                         "INSERT INTO incident_publication (incident_id, published, actor, set_at) VALUES (?,?,?,?)")) {
                d.setString(1, incidentId);
                d.executeUpdate();
                p.setString(1, incidentId);
                p.setInt(2, published ? 1 : 0);
                p.setString(3, editor.strip());
                p.setString(4, Database.now());
                p.executeUpdate();
            }
            AuditLog.append(c, editor.strip(), published ? "publish" : "unpublish", "incident:" + incidentId,
                    "{\"before\":{\"published\":" + before + "},\"after\":{\"published\":" + published + "},\"reason\":"
                            + Users.jsonString(reason) + "}");
            return null;
        });
    }

    /** Every decision: incident id to published (true) or withdrawn (false). */
    public Map<String, Boolean> decisions() {
        Map<String, Boolean> out = new HashMap<>();
        db.query("SELECT incident_id, published FROM incident_publication", ps -> { }, rs -> out.put(rs.getString(1), rs.getInt(2) != 0));
        return out;
    }
}
