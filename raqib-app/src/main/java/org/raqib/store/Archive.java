package org.raqib.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.raqib.model.Document;

/** The archive: every document exactly as captured, addressed by the SHA-256 of its bytes, never changed. */
public final class Archive {
    /** The shortest hash prefix that names a document. */
    public static final int MIN_PREFIX = 6;

    private final Database db;

    Archive(Database db) { this.db = db; }

    /** Stores a document unless its bytes are already stored; returns whether it was new. */
    public boolean add(ArchivedDocument d) {
        return db.inTransaction(c -> insert(c, d));
    }

    /** Stores a document inside the caller's transaction (with its audit entry) unless its bytes are stored. */
    static boolean insert(java.sql.Connection c, ArchivedDocument d) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM documents WHERE sha256 = ?")) {
            q.setString(1, d.sha256());
            if (q.executeQuery().next()) return false;
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO documents (sha256, input_id, url, outlet, "
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
        AuditLog.append(c, AuditLog.SYSTEM, "ingest", "document:" + d.sha256(),
                "id=" + d.document().id() + (d.url() == null ? "" : " url=" + d.url()));
        return true;
    }

    /**
     * A document by its SHA-256 (also written {@code sha256:…}, as it is shown), a unique prefix
     * of it (at least {@link #MIN_PREFIX} characters), or its input id.
     */
    public Optional<ArchivedDocument> find(String key) {
        String k = key.startsWith("sha256:") ? key.substring("sha256:".length()) : key;
        List<ArchivedDocument> found = new ArrayList<>();
        db.query("SELECT * FROM documents WHERE sha256 = ? OR input_id = ? OR (LENGTH(?) >= " + MIN_PREFIX
                        + " AND sha256 LIKE ?) ORDER BY sha256",
                ps -> {
                    ps.setString(1, k);
                    ps.setString(2, k);
                    ps.setString(3, k);
                    ps.setString(4, k.replace("%", "").replace("_", "") + "%");
                }, rs -> found.add(document(rs)));
        if (found.size() > 1) {
            for (ArchivedDocument d : found) if (d.sha256().equals(k)) return Optional.of(d);
            throw new StoreException("'" + key + "' names " + found.size() + " documents: give more of the hash");
        }
        return found.stream().findFirst();
    }

    /** A document by its full SHA-256. */
    public Optional<ArchivedDocument> bySha(String sha256) {
        List<ArchivedDocument> found = new ArrayList<>();
        db.query("SELECT * FROM documents WHERE sha256 = ?", ps -> ps.setString(1, sha256), rs -> found.add(document(rs)));
        return found.stream().findFirst();
    }

    /** Every document, in the order captured, one at a time (the archive may not fit in memory). */
    public void forEach(Consumer<ArchivedDocument> sink) {
        db.query("SELECT * FROM documents ORDER BY captured_at, sha256", ps -> { }, rs -> sink.accept(document(rs)));
    }

    /** The SHA-256 of every document, in the order captured. */
    public void forEachSha(Consumer<String> sink) {
        db.query("SELECT sha256 FROM documents ORDER BY captured_at, sha256", ps -> { }, rs -> sink.accept(rs.getString(1)));
    }

    public long count() { return db.count("SELECT COUNT(*) FROM documents"); }

    static ArchivedDocument document(ResultSet rs) throws SQLException {
        String published = rs.getString("published");
        LocalDate pub = published == null ? null : LocalDate.parse(published);
        Document d = new Document(rs.getString("input_id"), rs.getString("url"), pub, "ar", rs.getString("title"),
                rs.getString("text"));
        return new ArchivedDocument(rs.getString("sha256"), rs.getString("url"), rs.getString("outlet"),
                Instant.parse(rs.getString("captured_at")), pub, rs.getString("media_type"), rs.getBytes("content"), d,
                rs.getLong("fingerprint"));
    }
}
