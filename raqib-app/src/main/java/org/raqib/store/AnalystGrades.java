package org.raqib.store;

import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.Map;
import org.raqib.model.Grade;

/** Analysts' grades, by incident id; they win over the computed grade and outlive re-linking. */
public final class AnalystGrades {
    private final Database db;

    AnalystGrades(Database db) { this.db = db; }

    public void set(String incidentId, Grade grade, String analyst, String reason) {
        db.inTransaction(c -> {
            String before = null;
            try (PreparedStatement q = c.prepareStatement("SELECT grade, analyst, reason FROM analyst_grades WHERE incident_id = ?")) {
                q.setString(1, incidentId);
                try (java.sql.ResultSet rs = q.executeQuery()) {
                    if (rs.next()) before = "{\"grade\":\"" + rs.getString(1) + "\",\"by\":" + Users.jsonString(rs.getString(2)) + "}";
                }
            }
            try (PreparedStatement d = c.prepareStatement("DELETE FROM analyst_grades WHERE incident_id = ?");
                 PreparedStatement p = c.prepareStatement(
                         "INSERT INTO analyst_grades (incident_id, grade, analyst, reason, set_at) VALUES (?,?,?,?,?)")) {
                d.setString(1, incidentId);
                d.executeUpdate();
                p.setString(1, incidentId);
                p.setString(2, grade.code());
                p.setString(3, analyst);
                p.setString(4, reason);
                p.setString(5, Database.now());
                p.executeUpdate();
            }
            // what it was, what it is and why, as JSON like every other audited change
            AuditLog.append(c, analyst, "grade", "incident:" + incidentId, "{\"before\":" + before + ",\"after\":{\"grade\":\""
                    + grade.code() + "\"},\"reason\":" + Users.jsonString(reason) + "}");
            return null;
        });
    }

    public Map<String, Grade> all() {
        Map<String, Grade> out = new HashMap<>();
        db.query("SELECT incident_id, grade FROM analyst_grades", ps -> { },
                rs -> out.put(rs.getString(1), Grade.fromCode(rs.getString(2))));
        return out;
    }
}
