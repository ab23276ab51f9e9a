package org.raqib.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Editors' merges and splits as must-link and cannot-link constraints between claims (by their
 * stable ids), which every later relink applies. Recording one audits it with what the pair was
 * before and leaves seeds so that both claims' incidents are revisited.
 */
public final class LinkConstraints {
    private final Database db;

    LinkConstraints(Database db) { this.db = db; }

    public enum Kind { MUST, CANNOT }

    public record Constraint(String claimA, String claimB, Kind kind) {}

    /** Records decisions on pairs (a later one on a pair replaces the earlier), as one change. */
    public void record(List<Constraint> decisions, String actor, String reason) {
        if (actor == null || actor.isBlank()) throw new IllegalArgumentException("a decision names who made it");
        db.inTransaction(c -> {
            for (Constraint d : decisions) {
                if (d.claimA().equals(d.claimB())) continue;
                String a = d.claimA().compareTo(d.claimB()) < 0 ? d.claimA() : d.claimB();
                String b = a.equals(d.claimA()) ? d.claimB() : d.claimA();
                String before = null;
                try (PreparedStatement q = c.prepareStatement("SELECT kind FROM link_constraints WHERE claim_a = ? AND claim_b = ?")) {
                    q.setString(1, a);
                    q.setString(2, b);
                    try (ResultSet rs = q.executeQuery()) {
                        if (rs.next()) before = rs.getString(1);
                    }
                }
                try (PreparedStatement p = c.prepareStatement("DELETE FROM link_constraints WHERE claim_a = ? AND claim_b = ?")) {
                    p.setString(1, a);
                    p.setString(2, b);
                    p.executeUpdate();
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO link_constraints (claim_a, claim_b, kind, actor, reason, created_at) VALUES (?,?,?,?,?,?)")) {
                    p.setString(1, a);
                    p.setString(2, b);
                    p.setString(3, d.kind().name().toLowerCase());
                    p.setString(4, actor.strip());
                    p.setString(5, reason);
                    p.setString(6, Database.now());
                    p.executeUpdate();
                }
                Claims.seed(c, a);
                Claims.seed(c, b);
                AuditLog.append(c, actor.strip(), "link-" + d.kind().name().toLowerCase(), "claims:" + a + "|" + b,
                        "{\"before\":" + (before == null ? "null" : "\"" + before + "\"") + ",\"after\":\""
                                + d.kind().name().toLowerCase() + "\",\"reason\":" + Users.jsonString(reason) + "}");
            }
            return null;
        });
    }

    public List<Constraint> all() {
        List<Constraint> out = new ArrayList<>();
        db.query("SELECT claim_a, claim_b, kind FROM link_constraints ORDER BY claim_a, claim_b", ps -> { },
                rs -> out.add(new Constraint(rs.getString(1), rs.getString(2), Kind.valueOf(rs.getString(3).toUpperCase()))));
        return out;
    }
}
