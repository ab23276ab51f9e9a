package org.raqib.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.Document;
import org.raqib.model.Grade;
import org.raqib.model.Incident;
import org.raqib.model.SourcedClaim;

/**
 * Raqib's database: the archive of documents, their claims, the incidents and assessments,
 * analysts' grades and the append-only audit log. SQLite in a data directory by default (WAL,
 * so a killed process leaves no half-written row), PostgreSQL for teams; one schema for both,
 * migrated by Flyway when the store opens. Every change is one transaction with its audit entry.
 */
public final class Store implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final String SYSTEM = System.getProperty("user.name", "raqib");
    /** Flyway reports every migration check at INFO through java.util.logging; only problems matter here. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    /** How many times a transaction is tried when another writer got there first. */
    private static final int ATTEMPTS = 20;

    private final Connection db;
    private final String location;
    private final boolean sqlite;

    private Store(String url, String location) throws SQLException {
        this.location = location;
        this.sqlite = url.startsWith("jdbc:sqlite:");
        // The shared schema, then what each database says in its own dialect (the audit log's triggers).
        Flyway.configure().dataSource(url, null, null)
                .locations("classpath:db/migration", "classpath:db/" + (sqlite ? "sqlite" : "postgresql"))
                .load().migrate();
        this.db = DriverManager.getConnection(url);
        if (sqlite) {
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=10000");
            }
        }
        db.setAutoCommit(false);
    }

    /** The embedded database of a data directory (created if missing). */
    public static Store open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve("raqib.db").toAbsolutePath();
            return new Store("jdbc:sqlite:" + file, file.toString());
        } catch (Exception e) {
            throw new StoreException("cannot open the database in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** A database server, e.g. jdbc:postgresql://host/raqib?user=...&password=... */
    public static Store open(String jdbcUrl) {
        try {
            return new Store(jdbcUrl, jdbcUrl.replaceAll("password=[^&]*", "password=***"));
        } catch (Exception e) {
            throw new StoreException("cannot open " + jdbcUrl.replaceAll("password=[^&]*", "password=***") + ": " + e.getMessage(), e);
        }
    }

    public String location() { return location; }

    // ---- the archive

    /** Stores a document unless its bytes are already stored; returns whether it was new. */
    public boolean addDocument(ArchivedDocument d) {
        return inTransaction(() -> {
            try (PreparedStatement q = db.prepareStatement("SELECT 1 FROM documents WHERE sha256 = ?")) {
                q.setString(1, d.sha256());
                if (q.executeQuery().next()) return false;
            }
            try (PreparedStatement p = db.prepareStatement("INSERT INTO documents (sha256, input_id, url, outlet, "
                    + "captured_at, published, media_type, title, text, fingerprint, content) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                Document doc = d.document();
                p.setString(1, d.sha256());
                p.setString(2, doc.id());
                p.setString(3, d.url());
                p.setString(4, d.outlet());
                p.setString(5, d.capturedAt().toString());
                p.setString(6, d.published() == null ? null : d.published().toString());
                p.setString(7, d.mediaType());
                p.setString(8, doc.title());
                p.setString(9, doc.text());
                p.setLong(10, d.fingerprint());
                p.setBytes(11, d.content());
                p.executeUpdate();
            }
            audit("ingest", "document", d.sha256(), "id=" + d.document().id() + (d.url() == null ? "" : " url=" + d.url()));
            return true;
        });
    }

    /** A document by its SHA-256, a unique prefix of it (at least 6 characters), or its input id. */
    public Optional<ArchivedDocument> document(String key) {
        List<ArchivedDocument> found = new ArrayList<>();
        query("SELECT * FROM documents WHERE sha256 = ? OR input_id = ? OR (LENGTH(?) >= 6 AND sha256 LIKE ?) ORDER BY sha256",
                ps -> {
                    ps.setString(1, key);
                    ps.setString(2, key);
                    ps.setString(3, key);
                    ps.setString(4, key.replace("%", "").replace("_", "") + "%");
                }, rs -> found.add(document(rs)));
        if (found.size() > 1) {
            for (ArchivedDocument d : found) if (d.sha256().equals(key)) return Optional.of(d);
            throw new StoreException("'" + key + "' names " + found.size() + " documents: give more of the hash");
        }
        return found.stream().findFirst();
    }

    /** A document by its full SHA-256. */
    public Optional<ArchivedDocument> documentBySha(String sha256) {
        List<ArchivedDocument> found = new ArrayList<>();
        query("SELECT * FROM documents WHERE sha256 = ?", ps -> ps.setString(1, sha256), rs -> found.add(document(rs)));
        return found.stream().findFirst();
    }

    public void forEachDocument(Consumer<ArchivedDocument> sink) {
        query("SELECT * FROM documents ORDER BY captured_at, sha256", ps -> { }, rs -> sink.accept(document(rs)));
    }

    public long documentCount() { return count("documents"); }

    // ---- claims

    /**
     * The documents that the given extractor has not read: new ones, and those last read by
     * another extractor (older rules, another gazetteer), in the order they were captured.
     */
    public List<String> documentsToExtract(String extractor) {
        List<String> out = new ArrayList<>();
        query("SELECT d.sha256 FROM documents d LEFT JOIN extractions e ON e.doc_sha = d.sha256 "
                + "WHERE e.extractor IS NULL OR e.extractor <> ? ORDER BY d.captured_at, d.sha256",
                ps -> ps.setString(1, extractor), rs -> out.add(rs.getString(1)));
        return out;
    }

    /**
     * Replaces the claims of a document (claim ids are docSha:index, in document order) and
     * records which extractor produced them.
     */
    public void replaceClaims(String docSha, List<Claim> claims, String extractor) {
        inTransaction(() -> {
            try (PreparedStatement links = db.prepareStatement(
                    "DELETE FROM incident_claims WHERE claim_id IN (SELECT id FROM claims WHERE doc_sha = ?)");
                 PreparedStatement del = db.prepareStatement("DELETE FROM claims WHERE doc_sha = ?")) {
                links.setString(1, docSha);
                links.executeUpdate();
                del.setString(1, docSha);
                del.executeUpdate();
            }
            try (PreparedStatement p = db.prepareStatement("INSERT INTO claims (id, doc_sha, ordinal, kind, stance, "
                    + "source_actor, perpetrator_actor, event_type, date_from, date_to, country, admin1, killed, "
                    + "civilians_killed, children_killed, women_killed, combatants_killed, injured, evidence_start, "
                    + "evidence_end, json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < claims.size(); i++) {
                    Claim c = claims.get(i);
                    int k = 1;
                    p.setString(k++, docSha + ":" + i);
                    p.setString(k++, docSha);
                    p.setInt(k++, i);
                    p.setString(k++, c.kind().code());
                    p.setString(k++, c.stance().code());
                    p.setString(k++, c.source() == null ? null : c.source().actor());
                    p.setString(k++, c.perpetrator() == null ? null : c.perpetrator().actor());
                    p.setString(k++, c.eventType().code());
                    p.setString(k++, c.date() == null ? null : c.date().from().toString());
                    p.setString(k++, c.date() == null ? null : c.date().to().toString());
                    p.setString(k++, c.place() == null ? null : c.place().country());
                    p.setString(k++, c.place() == null ? null : c.place().admin1());
                    for (Category cat : Category.values()) setLong(p, k++, c.best(cat));
                    setInt(p, k++, c.evidence() == null ? null : c.evidence().start());
                    setInt(p, k++, c.evidence() == null ? null : c.evidence().end());
                    p.setString(k, JSON.writeValueAsString(c));
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement e = db.prepareStatement("INSERT INTO extractions (doc_sha, extractor, extracted_at) "
                    + "VALUES (?,?,?) ON CONFLICT (doc_sha) DO UPDATE SET extractor = excluded.extractor, "
                    + "extracted_at = excluded.extracted_at")) {
                e.setString(1, docSha);
                e.setString(2, extractor);
                e.setString(3, Instant.now().toString());
                e.executeUpdate();
            }
            audit("extract", "claims", docSha, claims.size() + " claims by extractor " + extractor);
            return null;
        });
    }

    /** All claims, with their document's outlet, publication date, text fingerprint and capture day (UTC). */
    public List<SourcedClaim> claims() {
        List<SourcedClaim> out = new ArrayList<>();
        query("SELECT c.id, c.doc_sha, c.json, d.outlet, d.published, d.fingerprint, d.captured_at FROM claims c "
                + "JOIN documents d ON d.sha256 = c.doc_sha ORDER BY c.doc_sha, c.ordinal", ps -> { }, rs -> {
            String published = rs.getString("published");
            String captured = rs.getString("captured_at");
            out.add(new SourcedClaim(rs.getString("id"), rs.getString("doc_sha"), rs.getString("outlet"),
                    published == null ? null : LocalDate.parse(published), rs.getLong("fingerprint"),
                    read(rs.getString("json"), Claim.class),
                    captured == null ? null : LocalDate.ofInstant(Instant.parse(captured), java.time.ZoneOffset.UTC)));
        });
        return out;
    }

    public long claimCount() { return count("claims"); }

    // ---- incidents

    /** Replaces the incidents with a new linking of all claims. */
    public void replaceIncidents(List<Incident> incidents) {
        inTransaction(() -> {
            try (Statement s = db.createStatement()) {
                s.executeUpdate("DELETE FROM incident_claims");
                s.executeUpdate("DELETE FROM incidents");
            }
            try (PreparedStatement p = db.prepareStatement("INSERT INTO incidents (id, kind, event_type, date_from, "
                    + "date_to, country, admin1, location, latitude, longitude, geo_precision, grade, accused_statement, "
                    + "independent_sources, perpetrators, civilians_min, civilians_max, json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement l = db.prepareStatement("INSERT INTO incident_claims (incident_id, claim_id) VALUES (?,?)")) {
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
                    setDouble(p, k++, place == null ? null : place.lat());
                    setDouble(p, k++, place == null ? null : place.lon());
                    setInt(p, k++, place == null ? null : place.precision());
                    p.setString(k++, a.grade().code());
                    p.setString(k++, a.accused().code());
                    p.setInt(k++, a.independentSources());
                    p.setString(k++, String.join(";", a.perpetrators()));
                    setLong(p, k++, a.civiliansKilled().min());
                    setLong(p, k++, a.civiliansKilled().max());
                    p.setString(k, JSON.writeValueAsString(i));
                    p.addBatch();
                    for (String c : i.claimIds()) {
                        l.setString(1, i.id());
                        l.setString(2, c);
                        l.addBatch();
                    }
                }
                p.executeBatch();
                l.executeBatch();
            }
            audit("link", "incidents", "*", incidents.size() + " incidents");
            return null;
        });
    }

    public List<Incident> incidents() {
        List<Incident> out = new ArrayList<>();
        query("SELECT json FROM incidents ORDER BY date_from, id", ps -> { }, rs -> out.add(read(rs.getString(1), Incident.class)));
        return out;
    }

    public Optional<Incident> incident(String id) {
        List<Incident> out = new ArrayList<>();
        query("SELECT json FROM incidents WHERE id = ?", ps -> ps.setString(1, id), rs -> out.add(read(rs.getString(1), Incident.class)));
        return out.stream().findFirst();
    }

    // ---- analysts' decisions

    public void setAnalystGrade(String incidentId, Grade grade, String analyst, String reason) {
        inTransaction(() -> {
            try (PreparedStatement d = db.prepareStatement("DELETE FROM analyst_grades WHERE incident_id = ?");
                 PreparedStatement p = db.prepareStatement(
                         "INSERT INTO analyst_grades (incident_id, grade, analyst, reason, set_at) VALUES (?,?,?,?,?)")) {
                d.setString(1, incidentId);
                d.executeUpdate();
                p.setString(1, incidentId);
                p.setString(2, grade.code());
                p.setString(3, analyst);
                p.setString(4, reason);
                p.setString(5, Instant.now().toString());
                p.executeUpdate();
            }
            auditAs(analyst, "grade", "incident", incidentId, grade.code() + (reason == null ? "" : ": " + reason));
            return null;
        });
    }

    public Map<String, Grade> analystGrades() {
        Map<String, Grade> out = new HashMap<>();
        query("SELECT incident_id, grade FROM analyst_grades", ps -> { },
                rs -> out.put(rs.getString(1), Grade.fromCode(rs.getString(2))));
        return out;
    }

    // ---- the audit log

    public List<AuditEntry> auditLog() {
        List<AuditEntry> out = new ArrayList<>();
        query("SELECT seq, at, actor, action, entity, details FROM audit_log ORDER BY seq", ps -> { },
                rs -> out.add(new AuditEntry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6))));
        return out;
    }

    private void audit(String action, String entity, String id, String details) throws SQLException {
        auditAs(SYSTEM, action, entity, id, details);
    }

    /** Appends an entry inside the caller's transaction, numbered after the last one. */
    private void auditAs(String actor, String action, String entity, String id, String details) throws SQLException {
        long seq;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM audit_log")) {
            rs.next();
            seq = rs.getLong(1) + 1;
        }
        try (PreparedStatement p = db.prepareStatement(
                "INSERT INTO audit_log (seq, at, actor, action, entity, details) VALUES (?,?,?,?,?,?)")) {
            p.setLong(1, seq);
            p.setString(2, Instant.now().toString());
            p.setString(3, actor);
            p.setString(4, action);
            p.setString(5, entity + ":" + id);
            p.setString(6, details);
            p.executeUpdate();
        }
    }

    // ---- plumbing

    private interface Work<T> { T run() throws Exception; }

    private interface Binder { void bind(PreparedStatement ps) throws SQLException; }

    private interface RowReader { void read(ResultSet rs) throws Exception; }

    /**
     * Runs work as one transaction. Several processes may write to one database (a feed
     * ingest beside an analyst's grading); when one of them commits first, the other's
     * transaction fails as a whole (a taken audit number, a stale SQLite snapshot) and is
     * run again from the start, which is why every piece of work reads before it writes.
     */
    private synchronized <T> T inTransaction(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                T result = work.run();
                db.commit();
                return result;
            } catch (Exception e) {
                try {
                    db.rollback();
                } catch (SQLException ignored) {
                    // the original failure is the one to report
                }
                if (attempt < ATTEMPTS && lostARace(e)) {
                    pause(attempt);
                    continue;
                }
                throw e instanceof StoreException se ? se : new StoreException(e.getMessage(), e);
            }
        }
    }

    /** Whether a failure means another writer committed first, so that trying again can succeed. */
    private boolean lostARace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (!(t instanceof SQLException q)) continue;
            if (sqlite) {
                int primary = q.getErrorCode() & 0xff;
                if (primary == 5 || primary == 6) return true; // SQLITE_BUSY (incl. BUSY_SNAPSHOT), SQLITE_LOCKED
            } else {
                String state = q.getSQLState();
                // unique_violation (the same audit number or document), serialization_failure, deadlock_detected
                if ("23505".equals(state) || "40001".equals(state) || "40P01".equals(state)) return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for another writer", e);
        }
    }

    private synchronized void query(String sql, Binder binder, RowReader reader) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) reader.read(rs);
            }
            db.commit();
        } catch (Exception e) {
            throw e instanceof StoreException se ? se : new StoreException(e.getMessage(), e);
        }
    }

    private long count(String table) {
        long[] n = {0};
        query("SELECT COUNT(*) FROM " + table, ps -> { }, rs -> n[0] = rs.getLong(1));
        return n[0];
    }

    private static ArchivedDocument document(ResultSet rs) throws SQLException {
        String published = rs.getString("published");
        LocalDate pub = published == null ? null : LocalDate.parse(published);
        Document d = new Document(rs.getString("input_id"), rs.getString("url"), pub, "ar", rs.getString("title"),
                rs.getString("text"));
        return new ArchivedDocument(rs.getString("sha256"), rs.getString("url"), rs.getString("outlet"),
                Instant.parse(rs.getString("captured_at")), pub, rs.getString("media_type"), rs.getBytes("content"), d,
                rs.getLong("fingerprint"));
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (Exception e) {
            throw new StoreException("unreadable stored " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static void setLong(PreparedStatement p, int k, Long v) throws SQLException {
        if (v == null) p.setNull(k, Types.BIGINT); else p.setLong(k, v);
    }

    private static void setInt(PreparedStatement p, int k, Integer v) throws SQLException {
        if (v == null) p.setNull(k, Types.INTEGER); else p.setInt(k, v);
    }

    private static void setDouble(PreparedStatement p, int k, Double v) throws SQLException {
        if (v == null) p.setNull(k, Types.DOUBLE); else p.setDouble(k, v);
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }
}
