package org.raqib.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sources a watcher polls (feeds, listing pages, sitemaps) and the article links they led
 * to. Changes to the registry are audited; the watcher's own state (validators, last success
 * and error, next poll, each link's state) is kept here too, so a watcher killed at any point
 * resumes where it stood. An article is archived and marked fetched in one transaction.
 */
public final class Sources {
    /** The kinds of source; {@code auto}: not known yet, found out on the first poll. */
    public static final Set<String> KINDS = Set.of("rss", "atom", "html-list", "sitemap", "auto");

    public record Source(long id, String url, String name, String country, String kind, boolean enabled, Duration interval,
                         Instant addedAt, String etag, String lastModified, Instant lastSuccess, String lastError,
                         Instant lastErrorAt, int failures, Instant nextPoll) {
        /** Whether the last poll failed. */
        public boolean failing() { return failures > 0; }
    }

    /** A source with what came of it: article links found, fetched, failed or refused, and claims read from them. */
    public record Stats(Source source, long articles, long fetched, long failed, long claims) {}

    /** An article link as a listing gave it: canonical URL and the date the listing gave (null if none). */
    public record Listed(String url, String date) {}

    /** An article link still to fetch. */
    public record Pending(String url, long sourceId, String listedDate, int attempts) {}

    /** What is known of an article link. */
    public record Article(String url, long sourceId, String state, int attempts, String error, String docSha,
                          String publishedAt, String publishedFrom) {}

    private final Database db;

    Sources(Database db) { this.db = db; }

    /** Adds a source unless its URL is registered already; returns it when it is new. */
    public Optional<Source> add(String url, String name, String country, String kind, Duration interval) {
        if (!KINDS.contains(kind)) throw new IllegalArgumentException("unknown kind '" + kind + "' (known: " + KINDS + ")");
        Optional<Long> id = db.inTransaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM sources WHERE url = ?")) {
                q.setString(1, url);
                if (q.executeQuery().next()) return Optional.<Long>empty();
            }
            long next;
            // ids are never reused, so the articles of a removed source are never credited to another
            try (PreparedStatement q = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM sources");
                 PreparedStatement r = c.prepareStatement("SELECT COALESCE(MAX(source_id), 0) FROM watched_articles");
                 ResultSet a = q.executeQuery(); ResultSet b = r.executeQuery()) {
                a.next();
                b.next();
                next = Math.max(a.getLong(1), b.getLong(1)) + 1;
            }
            String now = Database.now();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO sources (id, url, name, country, kind, enabled, "
                    + "interval_seconds, added_at, next_poll) VALUES (?,?,?,?,?,1,?,?,?)")) {
                p.setLong(1, next);
                p.setString(2, url);
                p.setString(3, name);
                p.setString(4, country);
                p.setString(5, kind);
                p.setLong(6, interval.toSeconds());
                p.setString(7, now);
                p.setString(8, now);
                p.executeUpdate();
            }
            AuditLog.append(c, AuditLog.SYSTEM, "source-add", "source:" + next, "url=" + url + " kind=" + kind
                    + (name == null ? "" : " name=" + name) + (country == null ? "" : " country=" + country));
            return Optional.of(next);
        });
        return id.flatMap(this::byId);
    }

    public List<Source> all() {
        List<Source> out = new ArrayList<>();
        db.query("SELECT * FROM sources ORDER BY id", ps -> { }, rs -> out.add(source(rs)));
        return out;
    }

    public Optional<Source> byId(long id) {
        List<Source> out = new ArrayList<>();
        db.query("SELECT * FROM sources WHERE id = ?", ps -> ps.setLong(1, id), rs -> out.add(source(rs)));
        return out.stream().findFirst();
    }

    /** A source by its number or its URL. */
    public Optional<Source> find(String idOrUrl) {
        if (idOrUrl.matches("\\d{1,18}")) return byId(Long.parseLong(idOrUrl));
        List<Source> out = new ArrayList<>();
        db.query("SELECT * FROM sources WHERE url = ?", ps -> ps.setString(1, idOrUrl), rs -> out.add(source(rs)));
        return out.stream().findFirst();
    }

    /** The enabled sources whose next poll is due at {@code now}. */
    public List<Source> due(Instant now) {
        return all().stream().filter(s -> s.enabled() && !s.nextPoll().isAfter(now)).toList();
    }

    /** Enables or disables a source (audited); false when there is no such source. */
    public boolean setEnabled(long id, boolean enabled) {
        return change(id, "UPDATE sources SET enabled = " + (enabled ? 1 : 0) + " WHERE id = ?", enabled ? "source-enable" : "source-disable", "");
    }

    /** Removes a source (audited); the articles it led to stay archived and known. */
    public boolean remove(long id) {
        return change(id, "DELETE FROM sources WHERE id = ?", "source-remove", "");
    }

    /** Records the kind a source turned out to be (audited). */
    public void setKind(long id, String kind) {
        if (!KINDS.contains(kind)) throw new IllegalArgumentException("unknown kind '" + kind + "'");
        change(id, "UPDATE sources SET kind = '" + kind + "' WHERE id = ?", "source-kind", "kind=" + kind);
    }

    private boolean change(long id, String sql, String action, String details) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setLong(1, id);
                if (p.executeUpdate() == 0) return false;
            }
            AuditLog.append(c, AuditLog.SYSTEM, action, "source:" + id, details);
            return true;
        });
    }

    /**
     * A successful poll: the validators for the next conditional request, the time, the next
     * poll, and the links not seen before (from any source) added to fetch. Returns how many were new.
     */
    public int polled(long id, Instant at, String etag, String lastModified, List<Listed> links, Instant nextPoll) {
        return db.inTransaction(c -> {
            int added = 0;
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM watched_articles WHERE url = ?");
                 PreparedStatement p = c.prepareStatement("INSERT INTO watched_articles (url, source_id, first_seen, "
                         + "listed_date, state) VALUES (?,?,?,?,'pending')")) {
                for (Listed l : links) {
                    q.setString(1, l.url());
                    try (ResultSet rs = q.executeQuery()) {
                        if (rs.next()) continue;
                    }
                    p.setString(1, l.url());
                    p.setLong(2, id);
                    p.setString(3, at.toString());
                    p.setString(4, l.date());
                    p.executeUpdate();
                    added++;
                }
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE sources SET etag = ?, last_modified = ?, last_success = ?, "
                    + "failures = 0, next_poll = ? WHERE id = ?")) {
                p.setString(1, etag);
                p.setString(2, lastModified);
                p.setString(3, at.toString());
                p.setString(4, nextPoll.toString());
                p.setLong(5, id);
                p.executeUpdate();
            }
            return added;
        });
    }

    /** A failed poll: its reason and time, one more failure in a row, and when to try again. */
    public void pollFailed(long id, Instant at, String error, Instant nextPoll) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE sources SET last_error = ?, last_error_at = ?, "
                    + "failures = failures + 1, next_poll = ? WHERE id = ?")) {
                p.setString(1, error);
                p.setString(2, at.toString());
                p.setString(3, nextPoll.toString());
                p.setLong(4, id);
                return p.executeUpdate();
            }
        });
    }

    /** The article links to fetch: new ones, and failed ones tried fewer than {@code maxAttempts} times, oldest first. */
    public List<Pending> pending(int maxAttempts) {
        List<Pending> out = new ArrayList<>();
        db.query("SELECT url, source_id, listed_date, attempts FROM watched_articles WHERE state = 'pending' "
                        + "OR (state = 'failed' AND attempts < ?) ORDER BY first_seen, url",
                ps -> ps.setInt(1, maxAttempts),
                rs -> out.add(new Pending(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getInt(4))));
        return out;
    }

    /**
     * An article fetched: its document archived (unless the same bytes are) and the link marked
     * fetched with its publication time and where that came from, in one transaction, so a
     * watcher killed at any moment has either done both or neither. Returns whether the document was new.
     */
    public boolean fetched(String url, ArchivedDocument doc, String publishedAt, String publishedFrom) {
        return db.inTransaction(c -> {
            boolean added = Archive.insert(c, doc);
            try (PreparedStatement p = c.prepareStatement("UPDATE watched_articles SET state = 'fetched', attempts = attempts + 1, "
                    + "error = NULL, doc_sha = ?, fetched_at = ?, published_at = ?, published_from = ? WHERE url = ?")) {
                p.setString(1, doc.sha256());
                p.setString(2, doc.capturedAt().toString());
                p.setString(3, publishedAt);
                p.setString(4, publishedFrom);
                p.setString(5, url);
                p.executeUpdate();
            }
            return added;
        });
    }

    /** An article that could not be fetched; {@code permanent}: never to be tried again (refused). */
    public void failed(String url, String error, boolean permanent) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE watched_articles SET state = ?, attempts = attempts + 1, "
                    + "error = ? WHERE url = ?")) {
                p.setString(1, permanent ? "refused" : "failed");
                p.setString(2, error);
                p.setString(3, url);
                return p.executeUpdate();
            }
        });
    }

    public Optional<Article> article(String url) {
        List<Article> out = new ArrayList<>();
        db.query("SELECT * FROM watched_articles WHERE url = ?", ps -> ps.setString(1, url), rs -> out.add(new Article(
                rs.getString("url"), rs.getLong("source_id"), rs.getString("state"), rs.getInt("attempts"),
                rs.getString("error"), rs.getString("doc_sha"), rs.getString("published_at"), rs.getString("published_from"))));
        return out.stream().findFirst();
    }

    /** How many article links are in each state, e.g. for a progress line or a test. */
    public long articleCount(String state) {
        long[] n = {0};
        db.query("SELECT COUNT(*) FROM watched_articles WHERE state = ?", ps -> ps.setString(1, state), rs -> n[0] = rs.getLong(1));
        return n[0];
    }

    /** Every source with its articles found, fetched and failed and the claims read from them. */
    public List<Stats> stats() {
        List<Stats> out = new ArrayList<>();
        for (Source s : all()) {
            long[] n = new long[4];
            db.query("SELECT COUNT(*), SUM(CASE WHEN state = 'fetched' THEN 1 ELSE 0 END), "
                            + "SUM(CASE WHEN state IN ('failed', 'refused') THEN 1 ELSE 0 END), "
                            + "(SELECT COUNT(*) FROM claims c WHERE c.doc_sha IN "
                            + "(SELECT doc_sha FROM watched_articles w WHERE w.source_id = ? AND w.doc_sha IS NOT NULL)) "
                            + "FROM watched_articles WHERE source_id = ?",
                    ps -> {
                        ps.setLong(1, s.id());
                        ps.setLong(2, s.id());
                    }, rs -> {
                        for (int i = 0; i < 4; i++) n[i] = rs.getLong(i + 1);
                    });
            out.add(new Stats(s, n[0], n[1], n[2], n[3]));
        }
        return out;
    }

    private static Source source(ResultSet rs) throws SQLException {
        return new Source(rs.getLong("id"), rs.getString("url"), rs.getString("name"), rs.getString("country"),
                rs.getString("kind"), rs.getInt("enabled") != 0, Duration.ofSeconds(rs.getLong("interval_seconds")),
                Instant.parse(rs.getString("added_at")), rs.getString("etag"), rs.getString("last_modified"),
                instant(rs.getString("last_success")), rs.getString("last_error"), instant(rs.getString("last_error_at")),
                rs.getInt("failures"), Instant.parse(rs.getString("next_poll")));
    }

    private static Instant instant(String s) { return s == null ? null : Instant.parse(s); }
}
