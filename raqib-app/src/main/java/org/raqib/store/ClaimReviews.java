package org.raqib.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.raqib.model.Claim;

/**
 * Analysts' reviews of claims, kept beside the machine's claim under its stable id and never
 * written over it. The claims the rest of Raqib reads ({@link Claims}) are the effective ones:
 * a correction wins over the machine's values and a rejected claim is left out. A review made
 * of machine values that a later extraction changed is flagged for another look.
 */
public final class ClaimReviews {
    private final Database db;

    ClaimReviews(Database db) { this.db = db; }

    public enum Status {
        ACCEPTED, CORRECTED, REJECTED;

        public String code() { return name().toLowerCase(Locale.ROOT); }

        public static Status of(String code) {
            for (Status s : values()) if (s.code().equals(code)) return s;
            throw new IllegalArgumentException("unknown review status '" + code + "' (accepted, corrected, rejected)");
        }
    }

    /**
     * A claim's review: the corrected claim when it was corrected, who saved it, and how many
     * saves it has had (the version a later save must name).
     */
    public record Review(String claimId, Status status, Claim corrected, String reviewer, Instant at, int version,
                         boolean needsAnotherLook) {}

    /** A save made on an older version than the one stored: someone else saved in between. */
    public static final class StaleReview extends StoreException {
        private final transient Review current;

        StaleReview(Review current) {
            super("the claim " + current.claimId() + " was saved by " + current.reviewer() + " at " + current.at()
                    + " (version " + current.version() + ") since you opened it");
            this.current = current;
        }

        /** What the other analyst saved. */
        public Review current() { return current; }
    }

    public Optional<Review> find(String claimId) {
        List<Review> out = new ArrayList<>();
        db.query(SELECT + "WHERE r.claim_id = ?", ps -> ps.setString(1, claimId), rs -> out.add(review(rs)));
        return out.stream().findFirst();
    }

    /** The reviews whose claim the machine now reads differently (or no longer finds). */
    public List<Review> needingAnotherLook() {
        List<Review> out = new ArrayList<>();
        db.query(SELECT + "ORDER BY r.claim_id", ps -> { }, rs -> {
            Review r = review(rs);
            if (r.needsAnotherLook()) out.add(r);
        });
        return out;
    }

    /** The ids of every reviewed claim, whatever the verdict. */
    public java.util.Set<String> reviewedIds() {
        java.util.Set<String> out = new java.util.HashSet<>();
        db.query("SELECT claim_id FROM claim_reviews", ps -> { }, rs -> out.add(rs.getString(1)));
        return out;
    }

    public long count() { return db.count("SELECT COUNT(*) FROM claim_reviews"); }

    /**
     * Saves a review of a claim made on the given version (0 when it had none), and returns the
     * new version. Audited with what it was before and after, and why; the claim's incident is
     * revisited at the next relink.
     *
     * @throws StaleReview when another save came first
     * @throws IllegalArgumentException when there is no such claim, or a correction is missing
     */
    public int save(String claimId, Status status, Claim corrected, String reviewer, String reason, int expectedVersion) {
        if (status == Status.CORRECTED && corrected == null) throw new IllegalArgumentException("a correction needs the corrected claim");
        if (reviewer == null || reviewer.isBlank()) throw new IllegalArgumentException("a review names its reviewer");
        return db.inTransaction(c -> {
            String machine = machineJson(c, claimId);
            if (machine == null) throw new IllegalArgumentException("no claim '" + claimId + "'");
            Review before = null;
            try (PreparedStatement q = c.prepareStatement(SELECT + "WHERE r.claim_id = ?")) {
                q.setString(1, claimId);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) before = review(rs);
                }
            }
            int stored = before == null ? 0 : before.version();
            if (stored != expectedVersion) throw new StaleReview(before);
            String correctedJson = status == Status.CORRECTED ? StoredClaimJson.write(corrected) : null;
            try (PreparedStatement p = c.prepareStatement(before == null
                    ? "INSERT INTO claim_reviews (status, corrected_json, machine_sha, reviewer, reviewed_at, version, claim_id) VALUES (?,?,?,?,?,?,?)"
                    : "UPDATE claim_reviews SET status = ?, corrected_json = ?, machine_sha = ?, reviewer = ?, reviewed_at = ?, version = ? WHERE claim_id = ?")) {
                p.setString(1, status.code());
                p.setString(2, correctedJson);
                p.setString(3, sha256(machine));
                p.setString(4, reviewer.strip());
                p.setString(5, Database.now());
                p.setInt(6, stored + 1);
                p.setString(7, claimId);
                p.executeUpdate();
            }
            Claims.seed(c, claimId); // where it stood, so what linked with it there is relinked
            Claims.placeForLinking(c, claimId); // and where it stands now
            AuditLog.append(c, reviewer.strip(), "review", "claim:" + claimId, "{\"before\":" + state(before, machine)
                    + ",\"after\":" + state(status, correctedJson, machine) + ",\"reason\":" + Users.jsonString(reason) + "}");
            return stored + 1;
        });
    }

    /** A claim its own author added is reviewed by them as accepted (inside the transaction that adds it). */
    static void acceptedBy(Connection c, String claimId, String json, String analyst) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO claim_reviews (claim_id, status, corrected_json, machine_sha, "
                + "reviewer, reviewed_at, version) VALUES (?,?,?,?,?,?,?)")) {
            p.setString(1, claimId);
            p.setString(2, Status.ACCEPTED.code());
            p.setString(3, null);
            p.setString(4, sha256(json));
            p.setString(5, analyst);
            p.setString(6, Database.now());
            p.setInt(7, 1);
            p.executeUpdate();
        }
    }

    private static final String SELECT = "SELECT r.claim_id, r.status, r.corrected_json, r.machine_sha, r.reviewer, r.reviewed_at, "
            + "r.version, c.json AS machine_json FROM claim_reviews r LEFT JOIN claims c ON c.id = r.claim_id ";

    private static Review review(ResultSet rs) throws SQLException {
        String corrected = rs.getString("corrected_json"), machine = rs.getString("machine_json");
        return new Review(rs.getString("claim_id"), Status.of(rs.getString("status")),
                corrected == null ? null : StoredClaimJson.read(corrected), rs.getString("reviewer"),
                Instant.parse(rs.getString("reviewed_at")), rs.getInt("version"),
                machine == null || !sha256(machine).equals(rs.getString("machine_sha")));
    }

    private static String machineJson(Connection c, String claimId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT json FROM claims WHERE id = ?")) {
            q.setString(1, claimId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The effective claim as audit JSON: status and claim. */
    private static String state(Review r, String machine) {
        if (r == null) return state((Status) null, null, machine);
        return state(r.status(), r.corrected() == null ? null : StoredClaimJson.write(r.corrected()), machine);
    }

    private static String state(Status status, String correctedJson, String machine) {
        return "{\"status\":" + (status == null ? "\"unreviewed\"" : "\"" + status.code() + "\"")
                + ",\"claim\":" + (correctedJson != null ? correctedJson : machine) + "}";
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
