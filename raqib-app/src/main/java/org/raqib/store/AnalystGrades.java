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
            AuditLog.append(c, analyst, "grade", "incident:" + incidentId, grade.code() + (reason == null ? "" : ": " + reason));
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
