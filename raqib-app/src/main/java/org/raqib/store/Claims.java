package org.raqib.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.raqib.link.Relinker;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.ClaimIds;
import org.raqib.model.SourcedClaim;

/**
 * The claims extracted from archived documents, under ids that survive new rules
 * ({@link ClaimIds}), with which extractor read each document and what linking must revisit.
 */
public final class Claims {
    /** Analysts' reviews beside each claim: {@link #sourced} applies them (the one place that does). */
    static final String REVIEW_COLUMNS = "r.status AS review_status, r.corrected_json AS review_json";
    static final String REVIEW_JOIN = "LEFT JOIN claim_reviews r ON r.claim_id = c.id ";
    private static final String SOURCED = "SELECT c.id, c.doc_sha, c.json, d.outlet, d.published, d.fingerprint, d.captured_at, "
            + REVIEW_COLUMNS + " FROM claims c JOIN documents d ON d.sha256 = c.doc_sha " + REVIEW_JOIN;

    private final Database db;

    Claims(Database db) { this.db = db; }

    /**
     * The documents that the given extractor has not read: new ones, and those last read by
     * another extractor (older rules, another gazetteer), in the order they were captured.
     */
    public List<String> toExtract(String extractor) {
        List<String> out = new ArrayList<>();
        db.query("SELECT d.sha256 FROM documents d LEFT JOIN extractions e ON e.doc_sha = d.sha256 "
                + "WHERE e.extractor IS NULL OR e.extractor <> ? ORDER BY d.captured_at, d.sha256",
                ps -> ps.setString(1, extractor), rs -> out.add(rs.getString(1)));
        return out;
    }

    /** What replacing a document's claims changed. */
    public record Replaced(int added, int changed, int removed, int unchanged) {}

    /**
     * Puts a new reading of a document in place of the old one and records which extractor made
     * it. A claim whose id (document, evidence span) was there before keeps its row and its
     * incident; one whose values changed, and one that is gone, leave a seed telling the next
     * relink where they stood, so their incidents are revisited.
     */
    public Replaced replace(ArchivedDocument doc, List<Claim> claims, String extractor) {
        return replace(doc, claims, extractor, null);
    }

    /**
     * As {@link #replace(ArchivedDocument, List, String)}, noting what went wrong or was cut
     * short (a failed document is recorded with no claims, so that it is not read again and
     * again until the rules change).
     */
    public Replaced replace(ArchivedDocument doc, List<Claim> claims, String extractor, String note) {
        List<String> ids = ClaimIds.of(doc.sha256(), claims);
        return db.inTransaction(c -> {
            Map<String, String> before = new HashMap<>();
            // an analyst's claims are not the machine's to replace
            try (PreparedStatement q = c.prepareStatement("SELECT id, json FROM claims WHERE doc_sha = ? AND made_by IS NULL")) {
                q.setString(1, doc.sha256());
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) before.put(rs.getString(1), rs.getString(2));
                }
            }
            List<Claim> analysts = AnalystsWork.claimsAdded(c, doc.sha256());
            java.util.Set<String> corrected = AnalystsWork.correctedIds(c, doc.sha256());
            int added = 0, changed = 0, unchanged = 0, leftToAnalysts = 0;
            Map<String, String> keep = new LinkedHashMap<>();
            for (int i = 0; i < claims.size(); i++) {
                Claim claim = claims.get(i);
                if (analysts.stream().anyMatch(a -> AnalystsWork.standsFor(a, claim))) {
                    leftToAnalysts++; // new rules found what an analyst had added by hand: theirs stays, not two of it
                    continue;
                }
                String id = ids.get(i), json = StoredClaimJson.write(claim);
                keep.put(id, json);
                String old = before.get(id);
                if (json.equals(old)) {
                    unchanged++;
                    setOrdinal(c, id, i);
                    continue;
                }
                if (old != null) {
                    seed(c, id);
                    changed++;
                } else {
                    added++;
                }
                var footprint = Relinker.footprint(new SourcedClaim(id, doc.sha256(), doc.outlet(), doc.published(),
                        doc.fingerprint(), claim, captureDay(doc.capturedAt().toString())));
                write(c, old != null, id, doc.sha256(), i, claim, json, footprint);
                if (corrected.contains(id)) placeForLinking(c, id); // the analyst's correction, kept, places it
            }
            int removed = 0;
            for (String gone : before.keySet()) {
                if (keep.containsKey(gone)) continue;
                seed(c, gone);
                delete(c, "DELETE FROM incident_claims WHERE claim_id = ?", gone);
                delete(c, "DELETE FROM claims WHERE id = ?", gone);
                removed++;
            }
            try (PreparedStatement e = c.prepareStatement("INSERT INTO extractions (doc_sha, extractor, extracted_at, note) "
                    + "VALUES (?,?,?,?) ON CONFLICT (doc_sha) DO UPDATE SET extractor = excluded.extractor, "
                    + "extracted_at = excluded.extracted_at, note = excluded.note")) {
                e.setString(1, doc.sha256());
                e.setString(2, extractor);
                e.setString(3, Database.now());
                e.setString(4, note);
                e.executeUpdate();
            }
            AuditLog.append(c, AuditLog.SYSTEM, "extract", "claims:" + doc.sha256(), claims.size() + " claims by extractor "
                    + extractor + " (" + added + " new, " + changed + " changed, " + removed + " removed"
                    + (leftToAnalysts == 0 ? "" : ", " + leftToAnalysts + " already added by analysts") + ")"
                    + (note == null ? "" : "; " + note));
            return new Replaced(added, changed, removed, unchanged);
        });
    }

    /**
     * A claim an analyst found where the extractor found none, by its evidence span: stored as
     * the analyst's (re-extraction leaves it alone), reviewed as accepted by them, audited, and
     * linked at the next relink like any claim. Returns its id ({@code sha12-start-end-aN}).
     *
     * @throws IllegalArgumentException when the claim has no evidence span inside the document's text
     */
    public String addByAnalyst(ArchivedDocument doc, Claim claim, String analyst, String reason) {
        if (analyst == null || analyst.isBlank()) throw new IllegalArgumentException("an analyst's claim names the analyst");
        var ev = claim.evidence();
        String text = doc.document().text();
        if (ev == null || ev.end() > text.length() || ev.start() >= ev.end() || !text.substring(ev.start(), ev.end()).equals(ev.text())) {
            throw new IllegalArgumentException("the evidence span is not a stretch of the document's text");
        }
        String json = StoredClaimJson.write(claim);
        return db.inTransaction(c -> {
            String prefix = ClaimIds.of(doc.sha256(), List.of(claim)).getFirst().replaceAll("-[0-9]+$", "") + "-a";
            int rank = 1, ordinal = 0;
            try (PreparedStatement q = c.prepareStatement("SELECT id, ordinal FROM claims WHERE doc_sha = ?")) {
                q.setString(1, doc.sha256());
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString(1).startsWith(prefix)) rank++;
                        ordinal = Math.max(ordinal, rs.getInt(2) + 1);
                    }
                }
            }
            String id = prefix + rank;
            var footprint = Relinker.footprint(new SourcedClaim(id, doc.sha256(), doc.outlet(), doc.published(),
                    doc.fingerprint(), claim, captureDay(doc.capturedAt().toString())));
            write(c, false, id, doc.sha256(), ordinal, claim, json, footprint);
            try (PreparedStatement p = c.prepareStatement("UPDATE claims SET made_by = ? WHERE id = ?")) {
                p.setString(1, analyst.strip());
                p.setString(2, id);
                p.executeUpdate();
            }
            ClaimReviews.acceptedBy(c, id, json, analyst.strip());
            AuditLog.append(c, analyst.strip(), "claim-add", "claim:" + id, "{\"before\":null,\"after\":{\"status\":\"accepted\",\"claim\":"
                    + json + "},\"reason\":" + Users.jsonString(reason) + "}");
            return id;
        });
    }

    /** Who added a claim by hand, or empty for the machine's. */
    public java.util.Optional<String> madeBy(String claimId) {
        List<String> out = new ArrayList<>();
        db.query("SELECT made_by FROM claims WHERE id = ? AND made_by IS NOT NULL", ps -> ps.setString(1, claimId),
                rs -> out.add(rs.getString(1)));
        return out.stream().findFirst();
    }

    /** What was noted when the document was last read (a failure, a cut), if anything. */
    public java.util.Optional<String> note(String docSha) {
        List<String> out = new ArrayList<>();
        db.query("SELECT note FROM extractions WHERE doc_sha = ? AND note IS NOT NULL", ps -> ps.setString(1, docSha),
                rs -> out.add(rs.getString(1)));
        return out.stream().findFirst();
    }

    /** All claims with their document's outlet, publication date and fingerprint, by document then position. */
    public List<SourcedClaim> all() {
        return select(SOURCED + "ORDER BY c.doc_sha, c.ordinal", ps -> { });
    }

    public List<SourcedClaim> ofDocument(String docSha) {
        return select(SOURCED + "WHERE c.doc_sha = ? ORDER BY c.ordinal", ps -> ps.setString(1, docSha));
    }

    public List<SourcedClaim> byIds(Collection<String> ids) {
        List<SourcedClaim> out = new ArrayList<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + 500));
            out.addAll(select(SOURCED + "WHERE c.id IN (" + "?,".repeat(batch.size() - 1) + "?)", ps -> {
                for (int k = 0; k < batch.size(); k++) ps.setString(k + 1, batch.get(k));
            }));
        }
        return out;
    }

    /** Claims added or changed since they were last linked. */
    public List<SourcedClaim> unlinked() {
        return select(SOURCED + "WHERE c.linked = 0 ORDER BY c.id", ps -> { });
    }

    /** Claims that share an evidence key (copies of one sentence). */
    public List<SourcedClaim> withEvidenceKey(long key) {
        return select(SOURCED + "WHERE c.evidence_key = ?", ps -> ps.setLong(1, key));
    }

    /** Incident claims whose linking days begin on the given day. */
    public List<SourcedClaim> incidentsStarting(long day) {
        return select(SOURCED + "WHERE c.link_from = ? AND c.kind <> 'aggregate'", ps -> ps.setLong(1, day));
    }

    /** Tallies over exactly this period. */
    public List<SourcedClaim> talliesOver(long fromDay, long toDay) {
        return select(SOURCED + "WHERE c.link_from = ? AND c.link_to = ? AND c.kind = 'aggregate'", ps -> {
            ps.setLong(1, fromDay);
            ps.setLong(2, toDay);
        });
    }

    /** The most days a stored incident claim spans (tallies are looked up by their exact period). */
    public long longestIncidentSpan() {
        return db.count("SELECT COALESCE(MAX(link_to - link_from), 0) FROM claims WHERE kind <> 'aggregate'");
    }

    /** The claims of documents that changed or left since the last relink: where they stood, and their incident. */
    public record Seed(String claimId, String incidentId) {}

    public List<Seed> seeds() {
        List<Seed> out = new ArrayList<>();
        db.query("SELECT claim_id, incident_id FROM relink_seeds", ps -> { },
                rs -> out.add(new Seed(rs.getString(1), rs.getString(2))));
        return out;
    }

    public long count() { return db.count("SELECT COUNT(*) FROM claims"); }

    /** The ids of a document's machine claims, rejected ones included (to know whether every one was reviewed). */
    public List<String> machineIdsOf(String docSha) {
        List<String> out = new ArrayList<>();
        db.query("SELECT id FROM claims WHERE doc_sha = ? ORDER BY ordinal", ps -> ps.setString(1, docSha), rs -> out.add(rs.getString(1)));
        return out;
    }

    /** Unlinked claims that are claims (a rejected one is never linked). */
    public long unlinkedCount() {
        return db.count("SELECT COUNT(*) FROM claims c " + REVIEW_JOIN + "WHERE c.linked = 0 AND (r.status IS NULL OR r.status <> 'rejected')");
    }

    /**
     * Marks every claim for relinking when the claims were last linked by another build of the
     * linker (its rules decide every incident), and records this one; returns whether it did.
     */
    public boolean relinkAllUnless(String linkerVersion) {
        return db.inTransaction(c -> {
            String stored = null;
            try (PreparedStatement q = c.prepareStatement("SELECT value FROM pipeline_state WHERE name = 'linker'")) {
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) stored = rs.getString(1);
                }
            }
            if (linkerVersion.equals(stored)) return false;
            try (PreparedStatement p = c.prepareStatement("UPDATE claims SET linked = 0")) {
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement(stored == null
                    ? "INSERT INTO pipeline_state (value, name) VALUES (?, 'linker')"
                    : "UPDATE pipeline_state SET value = ? WHERE name = 'linker'")) {
                p.setString(1, linkerVersion);
                p.executeUpdate();
            }
            return true;
        });
    }

    private List<SourcedClaim> select(String sql, Database.Binder binder) {
        List<SourcedClaim> out = new ArrayList<>();
        db.query(sql, binder, rs -> {
            SourcedClaim claim = sourced(rs);
            if (claim != null) out.add(claim);
        });
        return out;
    }

    /**
     * The effective claim of a row with the columns of {@link #SOURCED}: an analyst's correction
     * over the machine's claim, or null when an analyst rejected it (it is not a claim).
     */
    static SourcedClaim sourced(ResultSet rs) throws SQLException {
        String review = rs.getString("review_status");
        if ("rejected".equals(review)) return null;
        String json = "corrected".equals(review) ? rs.getString("review_json") : rs.getString("json");
        String published = rs.getString("published");
        return new SourcedClaim(rs.getString("id"), rs.getString("doc_sha"), rs.getString("outlet"),
                published == null ? null : LocalDate.parse(published), rs.getLong("fingerprint"),
                StoredClaimJson.read(json), captureDay(rs.getString("captured_at")));
    }

    /** The day (UTC) a document was captured: linking places an undated report's event in the days before it. */
    private static LocalDate captureDay(String capturedAt) {
        return capturedAt == null ? null : java.time.Instant.parse(capturedAt).atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }

    /** Remembers where a claim stood and in which incident, before it changes or goes. */
    static void seed(Connection c, String claimId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO relink_seeds (claim_id, incident_id, link_from, link_to, "
                + "evidence_key) SELECT c.id, i.incident_id, c.link_from, c.link_to, c.evidence_key FROM claims c "
                + "LEFT JOIN incident_claims i ON i.claim_id = c.id WHERE c.id = ?")) {
            p.setString(1, claimId);
            p.executeUpdate();
        }
    }

    private static void write(Connection c, boolean update, String id, String docSha, int ordinal, Claim claim,
                              String json, Relinker.Footprint f) throws SQLException {
        String sql = update
                ? "UPDATE claims SET doc_sha = ?, ordinal = ?, kind = ?, stance = ?, source_actor = ?, perpetrator_actor = ?, "
                  + "event_type = ?, date_from = ?, date_to = ?, country = ?, admin1 = ?, killed = ?, civilians_killed = ?, "
                  + "children_killed = ?, women_killed = ?, combatants_killed = ?, injured = ?, evidence_start = ?, "
                  + "evidence_end = ?, json = ?, link_from = ?, link_to = ?, evidence_key = ?, linked = 0 WHERE id = ?"
                : "INSERT INTO claims (doc_sha, ordinal, kind, stance, source_actor, perpetrator_actor, event_type, date_from, "
                  + "date_to, country, admin1, killed, civilians_killed, children_killed, women_killed, combatants_killed, "
                  + "injured, evidence_start, evidence_end, json, link_from, link_to, evidence_key, linked, id) "
                  + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?)";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int k = 1;
            p.setString(k++, docSha);
            p.setInt(k++, ordinal);
            p.setString(k++, claim.kind().code());
            p.setString(k++, claim.stance().code());
            p.setString(k++, claim.source() == null ? null : claim.source().actor());
            p.setString(k++, claim.perpetrator() == null ? null : claim.perpetrator().actor());
            p.setString(k++, claim.eventType().code());
            p.setString(k++, claim.date() == null ? null : claim.date().from().toString());
            p.setString(k++, claim.date() == null ? null : claim.date().to().toString());
            p.setString(k++, claim.place() == null ? null : claim.place().country());
            p.setString(k++, claim.place() == null ? null : claim.place().admin1());
            for (Category cat : Category.values()) Database.setLong(p, k++, claim.best(cat));
            Database.setInt(p, k++, claim.evidence() == null ? null : claim.evidence().start());
            Database.setInt(p, k++, claim.evidence() == null ? null : claim.evidence().end());
            p.setString(k++, json);
            Database.setLong(p, k++, f.fromDay());
            Database.setLong(p, k++, f.toDay());
            p.setLong(k++, f.evidenceKey());
            p.setString(k, id);
            p.executeUpdate();
        }
    }

    /**
     * Sets where linking finds a claim (its days and evidence key) from its effective claim: a
     * corrected date moves it, so that a report of the corrected day finds it in an incremental
     * relink as it would in a full one. A rejected claim keeps the machine's place (it is not linked).
     */
    static void placeForLinking(Connection c, String claimId) throws SQLException {
        SourcedClaim effective = null;
        try (PreparedStatement q = c.prepareStatement(SOURCED + "WHERE c.id = ?")) {
            q.setString(1, claimId);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) effective = sourced(rs);
            }
        }
        if (effective == null) return;
        Relinker.Footprint f = Relinker.footprint(effective);
        try (PreparedStatement p = c.prepareStatement("UPDATE claims SET link_from = ?, link_to = ?, evidence_key = ? WHERE id = ?")) {
            Database.setLong(p, 1, f.fromDay());
            Database.setLong(p, 2, f.toDay());
            p.setLong(3, f.evidenceKey());
            p.setString(4, claimId);
            p.executeUpdate();
        }
    }

    private static void setOrdinal(Connection c, String id, int ordinal) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE claims SET ordinal = ? WHERE id = ?")) {
            p.setInt(1, ordinal);
            p.setString(2, id);
            p.executeUpdate();
        }
    }

    private static void delete(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, id);
            p.executeUpdate();
        }
    }
}
