package org.raqib.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.raqib.model.Grade;

/**
 * Grades analysts propose for an editor to accept or decline, each with its reason, audited on
 * the incident. Accepting one only records the decision: the grade itself is set by the one
 * grading path (the pipeline's, which the CLI's {@code grade} takes too).
 */
public final class GradeProposals {
    private final Database db;

    GradeProposals(Database db) { this.db = db; }

    public enum Status {
        OPEN, ACCEPTED, DECLINED;

        public String code() { return name().toLowerCase(Locale.ROOT); }
    }

    public record Proposal(long id, String incidentId, Grade grade, String reason, String proposer, Instant at, Status status,
                           String decidedBy) {}

    /** A decision on a proposal that was decided already (by someone else, or twice). */
    public static final class AlreadyDecided extends StoreException {
        AlreadyDecided(Proposal p) {
            super("the proposal " + p.id() + " was " + p.status().code() + " by " + p.decidedBy() + " already");
        }
    }

    /** Records a proposal and returns its number. */
    public long propose(String incidentId, Grade grade, String proposer, String reason) {
        if (proposer == null || proposer.isBlank()) throw new IllegalArgumentException("a proposal names who made it");
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("a proposed grade needs a reason");
        return db.inTransaction(c -> {
            long id;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM grade_proposals")) {
                rs.next();
                id = rs.getLong(1) + 1;
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO grade_proposals (id, incident_id, grade, reason, proposer, "
                    + "proposed_at, status) VALUES (?,?,?,?,?,?,?)")) {
                p.setLong(1, id);
                p.setString(2, incidentId);
                p.setString(3, grade.code());
                p.setString(4, reason.strip());
                p.setString(5, proposer.strip());
                p.setString(6, Database.now());
                p.setString(7, Status.OPEN.code());
                p.executeUpdate();
            }
            AuditLog.append(c, proposer.strip(), "grade-propose", "incident:" + incidentId, "{\"before\":null,\"after\":{\"proposal\":"
                    + id + ",\"grade\":\"" + grade.code() + "\"},\"reason\":" + Users.jsonString(reason.strip()) + "}");
            return id;
        });
    }

    public Optional<Proposal> find(long id) {
        List<Proposal> out = new ArrayList<>();
        db.query(SELECT + "WHERE id = ?", ps -> ps.setLong(1, id), rs -> out.add(proposal(rs)));
        return out.stream().findFirst();
    }

    /** The proposals waiting for an editor, oldest first. */
    public List<Proposal> open() {
        List<Proposal> out = new ArrayList<>();
        db.query(SELECT + "WHERE status = 'open' ORDER BY id", ps -> { }, rs -> out.add(proposal(rs)));
        return out;
    }

    /**
     * An editor's decision on an open proposal, audited on its incident with the editor's note.
     *
     * @throws AlreadyDecided when it was decided before
     * @throws StoreException when there is no such proposal
     */
    public Proposal decide(long id, boolean accept, String editor, String note) {
        if (editor == null || editor.isBlank()) throw new IllegalArgumentException("a decision names who made it");
        return db.inTransaction(c -> {
            Proposal p = find(c, id);
            if (p == null) throw new IllegalArgumentException("no grade proposal " + id);
            if (p.status() != Status.OPEN) throw new AlreadyDecided(p);
            Status status = accept ? Status.ACCEPTED : Status.DECLINED;
            try (PreparedStatement u = c.prepareStatement(
                    "UPDATE grade_proposals SET status = ?, decided_by = ?, decided_at = ? WHERE id = ? AND status = 'open'")) {
                u.setString(1, status.code());
                u.setString(2, editor.strip());
                u.setString(3, Database.now());
                u.setLong(4, id);
                u.executeUpdate();
            }
            AuditLog.append(c, editor.strip(), accept ? "grade-accept" : "grade-decline", "incident:" + p.incidentId(),
                    "{\"before\":{\"proposal\":" + id + ",\"grade\":\"" + p.grade().code() + "\",\"by\":" + Users.jsonString(p.proposer())
                            + "},\"after\":{\"status\":\"" + status.code() + "\"},\"reason\":" + Users.jsonString(note) + "}");
            return new Proposal(p.id(), p.incidentId(), p.grade(), p.reason(), p.proposer(), p.at(), status, editor.strip());
        });
    }

    private static final String SELECT = "SELECT id, incident_id, grade, reason, proposer, proposed_at, status, decided_by FROM grade_proposals ";

    private static Proposal find(Connection c, long id) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(SELECT + "WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? proposal(rs) : null;
            }
        }
    }

    private static Proposal proposal(ResultSet rs) throws SQLException {
        return new Proposal(rs.getLong("id"), rs.getString("incident_id"), Grade.fromCode(rs.getString("grade")), rs.getString("reason"),
                rs.getString("proposer"), Instant.parse(rs.getString("proposed_at")),
                Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), rs.getString("decided_by"));
    }
}
