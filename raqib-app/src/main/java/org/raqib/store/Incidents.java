package org.raqib.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.raqib.link.IncidentIdentity;
import org.raqib.model.Incident;
import org.raqib.model.SourcedClaim;

/**
 * Incidents as the linker last computed them, with their assessment, under ids that persist
 * ({@link IncidentIdentity}): every id ever given is registered, never reused, and an id that
 * was merged into another points to it.
 */
public final class Incidents {
    /** The one order incidents are listed in, everywhere: by first day (undated last), then id. */
    static final String ORDER = " ORDER BY CASE WHEN date_from IS NULL THEN 1 ELSE 0 END, date_from, id";

    private final Database db;

    Incidents(Database db) { this.db = db; }

    public List<Incident> all() {
        List<Incident> out = new ArrayList<>();
        forEach(out::add);
        return out;
    }

    /** Every incident, one at a time, in the listing order. */
    public void forEach(Consumer<Incident> sink) {
        db.query("SELECT json FROM incidents" + ORDER, ps -> { }, rs -> sink.accept(StoredIncidentJson.read(rs.getString(1))));
    }

    /** An incident with its claims by claim id and the URLs of their documents by SHA-256. */
    public record WithClaims(Incident incident, Map<String, SourcedClaim> claims, Map<String, String> urls) {}

    /**
     * Gives each incident with its claims to the sink, in the listing order, reading them as
     * one stream: memory holds one incident at a time however many there are. The sink must
     * not use this store.
     */
    public void forEachWithClaims(Consumer<WithClaims> sink) {
        WithClaims[] current = {null};
        db.query("SELECT i.id AS incident_id, i.json AS incident_json, c.id, c.doc_sha, c.json, d.outlet, d.published, "
                + "d.fingerprint, d.captured_at, d.url, " + Claims.REVIEW_COLUMNS + " FROM incidents i LEFT JOIN incident_claims ic ON ic.incident_id = i.id "
                + "LEFT JOIN claims c ON c.id = ic.claim_id LEFT JOIN documents d ON d.sha256 = c.doc_sha " + Claims.REVIEW_JOIN
                + "ORDER BY CASE WHEN i.date_from IS NULL THEN 1 ELSE 0 END, i.date_from, i.id, c.id", ps -> ps.setFetchSize(500), rs -> {
            String id = rs.getString("incident_id");
            if (current[0] == null || !current[0].incident().id().equals(id)) {
                if (current[0] != null) sink.accept(current[0]);
                current[0] = new WithClaims(StoredIncidentJson.read(rs.getString("incident_json")), new HashMap<>(), new HashMap<>());
            }
            if (rs.getString("id") == null) return;
            SourcedClaim claim = Claims.sourced(rs);
            if (claim == null) return;
            current[0].claims().put(claim.id(), claim);
            if (rs.getString("url") != null) current[0].urls().put(claim.docSha(), rs.getString("url"));
        });
        if (current[0] != null) sink.accept(current[0]);
    }

    public Optional<Incident> find(String id) {
        List<Incident> out = new ArrayList<>();
        db.query("SELECT json FROM incidents WHERE id = ?", ps -> ps.setString(1, id),
                rs -> out.add(StoredIncidentJson.read(rs.getString(1))));
        return out.stream().findFirst();
    }

    /** The id an incident has now: itself, or the incident it was merged into (followed to the end); empty if unknown. */
    public Optional<String> current(String id) {
        String at = id;
        for (int hops = 0; hops < 100; hops++) {
            String[] next = {null};
            boolean[] known = {false};
            String here = at;
            db.query("SELECT successor FROM incident_ids WHERE id = ?", ps -> ps.setString(1, here), rs -> {
                known[0] = true;
                next[0] = rs.getString(1);
            });
            if (!known[0]) return Optional.empty();
            if (next[0] == null) return Optional.of(at);
            at = next[0];
        }
        return Optional.of(at);
    }

    public long count() { return db.count("SELECT COUNT(*) FROM incidents"); }

    /** The incident each of these claims belongs to now (claims in none are absent). */
    public Map<String, String> ofClaims(Collection<String> claimIds) {
        Map<String, String> out = new HashMap<>();
        List<String> all = List.copyOf(claimIds);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + 500));
            db.query("SELECT claim_id, incident_id FROM incident_claims WHERE claim_id IN ("
                    + "?,".repeat(batch.size() - 1) + "?)", ps -> {
                        for (int k = 0; k < batch.size(); k++) ps.setString(k + 1, batch.get(k));
                    }, rs -> out.put(rs.getString(1), rs.getString(2)));
        }
        return out;
    }

    /** The ids of all current incidents. */
    public List<String> ids() {
        List<String> out = new ArrayList<>();
        db.query("SELECT id FROM incidents", ps -> { }, rs -> out.add(rs.getString(1)));
        return out;
    }

    /** Whether an id was ever given to an incident. */
    public boolean taken(String id) {
        boolean[] found = {false};
        db.query("SELECT 1 FROM incident_ids WHERE id = ?", ps -> ps.setString(1, id), rs -> found[0] = true);
        return found[0];
    }

    /** Every claim id of the given incidents. */
    public List<String> claimsOf(Collection<String> incidentIds) {
        List<String> out = new ArrayList<>();
        List<String> all = List.copyOf(incidentIds);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + 500));
            db.query("SELECT claim_id FROM incident_claims WHERE incident_id IN (" + "?,".repeat(batch.size() - 1) + "?)",
                    ps -> {
                        for (int k = 0; k < batch.size(); k++) ps.setString(k + 1, batch.get(k));
                    }, rs -> out.add(rs.getString(1)));
        }
        return out;
    }

    /**
     * Puts a relinking of some claims in place, as one transaction: the incidents those claims
     * were in are replaced by the new ones, new ids are registered, merged and retired ids are
     * marked (a merged id points to its successor), each split, merge, new and retired incident
     * is audited, a published incident merged into another publishes it, the claims are marked linked and the relinking seeds are spent.
     */
    public void replace(Set<String> previous, List<Incident> incidents, List<IncidentIdentity.Change> changes,
                        Collection<String> relinkedClaims) {
        replace(previous, incidents, changes, relinkedClaims, false);
    }

    /** As {@link #replace(Set, List, List, Collection)}; {@code everything}: all claims were relinked, all incidents go. */
    public void replace(Set<String> previous, List<Incident> incidents, List<IncidentIdentity.Change> changes,
                        Collection<String> relinkedClaims, boolean everything) {
        db.inTransaction(c -> {
            if (everything) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM incident_claims");
                    s.executeUpdate("DELETE FROM incidents");
                }
            } else {
                for (String old : previous) {
                    update(c, "DELETE FROM incident_claims WHERE incident_id = ?", old);
                    update(c, "DELETE FROM incidents WHERE id = ?", old);
                }
            }
            insert(c, incidents);
            for (IncidentIdentity.Change ch : changes) {
                switch (ch.kind()) {
                    case CREATED, SPLIT -> {
                        try (PreparedStatement p = c.prepareStatement("INSERT INTO incident_ids (id, created_at) VALUES (?,?)")) {
                            p.setString(1, ch.id());
                            p.setString(2, Database.now());
                            p.executeUpdate();
                        }
                    }
                    case MERGED, RETIRED -> {
                        try (PreparedStatement p = c.prepareStatement(
                                "UPDATE incident_ids SET retired_at = ?, successor = ? WHERE id = ?")) {
                            p.setString(1, Database.now());
                            p.setString(2, ch.other());
                            p.setString(3, ch.id());
                            p.executeUpdate();
                        }
                    }
                }
                String what = switch (ch.kind()) {
                    case CREATED -> "new incident";
                    case SPLIT -> "split from " + ch.other();
                    case MERGED -> "merged into " + ch.other();
                    case RETIRED -> "retired: none of its claims is left";
                };
                AuditLog.append(c, AuditLog.SYSTEM, ch.kind().name().toLowerCase(), "incident:" + ch.id(), what);
                if (ch.kind() == IncidentIdentity.ChangeKind.MERGED && ch.other() != null) Publication.carryOver(c, ch.id(), ch.other());
            }
            if (everything) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE claims SET linked = 1 WHERE linked = 0");
                }
            } else {
                for (String claim : relinkedClaims) update(c, "UPDATE claims SET linked = 1 WHERE id = ?", claim);
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM relink_seeds")) {
                p.executeUpdate();
            }
            AuditLog.append(c, AuditLog.SYSTEM, "link", "incidents:*", relinkedClaims.size() + " claims relinked into "
                    + incidents.size() + " incidents (" + previous.size() + " before)");
            return null;
        });
    }

    private static void insert(Connection c, List<Incident> incidents) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO incidents (id, kind, event_type, date_from, "
                + "date_to, country, admin1, location, latitude, longitude, geo_precision, grade, accused_statement, "
                + "independent_sources, perpetrators, civilians_min, civilians_max, json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement l = c.prepareStatement("INSERT INTO incident_claims (incident_id, claim_id) VALUES (?,?)")) {
            for (Incident i : incidents) {
                var a = i.assessment();
                var place = i.place();
                int k = 1;
                p.setString(k++, i.id());
                p.setString(k++, i.kind().code());
                p.setString(k++, i.eventType().code());
                p.setString(k++, i.date() == null ? null : i.date().from().toString());
                p.setString(k++, i.date() == null ? null : i.date().to().toString());
                p.setString(k++, place == null ? null : place.country());
                p.setString(k++, place == null ? null : place.admin1());
                p.setString(k++, place == null ? null : place.name());
                Database.setDouble(p, k++, place == null ? null : place.lat());
                Database.setDouble(p, k++, place == null ? null : place.lon());
                Database.setInt(p, k++, place == null ? null : place.precision());
                p.setString(k++, a.grade().code());
                p.setString(k++, a.accused().code());
                p.setInt(k++, a.independentSources());
                p.setString(k++, String.join(";", a.perpetrators()));
                Database.setLong(p, k++, a.civiliansKilled().min());
                Database.setLong(p, k++, a.civiliansKilled().max());
                p.setString(k, StoredIncidentJson.write(i));
                p.addBatch();
                for (String claim : i.claimIds()) {
                    l.setString(1, i.id());
                    l.setString(2, claim);
                    l.addBatch();
                }
            }
            p.executeBatch();
            l.executeBatch();
        }
    }

    private static void update(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, id);
            p.executeUpdate();
        }
    }
}
