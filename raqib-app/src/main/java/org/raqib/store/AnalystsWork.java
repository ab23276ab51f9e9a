package org.raqib.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.raqib.model.Category;
import org.raqib.model.Claim;

/**
 * What analysts did to a document's claims that new rules reading it again must respect: the
 * claims they added by hand (which stand for the same claim the rules now find) and the claims
 * they corrected (placed for linking by the correction, not the machine's values).
 */
final class AnalystsWork {
    private AnalystsWork() {}

    /** The claims analysts added to a document. */
    static List<Claim> claimsAdded(Connection c, String docSha) throws SQLException {
        List<Claim> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT json FROM claims WHERE doc_sha = ? AND made_by IS NOT NULL")) {
            q.setString(1, docSha);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) out.add(StoredClaimJson.read(rs.getString(1)));
            }
        }
        return out;
    }

    /** The ids of a document's claims that an analyst corrected. */
    static Set<String> correctedIds(Connection c, String docSha) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement q = c.prepareStatement("SELECT r.claim_id FROM claim_reviews r JOIN claims k ON k.id = r.claim_id "
                + "WHERE k.doc_sha = ? AND r.status = 'corrected'")) {
            q.setString(1, docSha);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }

    /**
     * Whether an analyst's claim stands for a machine claim: in words that overlap, with the same
     * figure in every category the machine gives (an analyst who added the claim the old rules
     * missed has already said what the new rules find).
     */
    static boolean standsFor(Claim analysts, Claim machine) {
        var a = analysts.evidence();
        var m = machine.evidence();
        if (a == null || m == null || a.start() >= m.end() || m.start() >= a.end() || machine.counts().isEmpty()) return false;
        for (Category cat : machine.counts().keySet()) {
            if (!Objects.equals(analysts.best(cat), machine.best(cat))) return false;
        }
        return true;
    }
}
