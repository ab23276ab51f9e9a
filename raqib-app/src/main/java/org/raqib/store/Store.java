package org.raqib.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Raqib's database, by concern: the {@link Archive} of documents, the {@link Claims} read from
 * them, the {@link Incidents} they were linked into, {@link AnalystGrades analysts' grades},
 * and the append-only {@link AuditLog}. SQLite in a data directory by default (WAL, so a
 * killed process leaves no half-written row), PostgreSQL for teams; one schema for both,
 * migrated by Flyway when the store opens. Every change is one transaction with its audit entry.
 */
public final class Store implements AutoCloseable {
    private final Database db;
    private final String location;
    private final Archive archive;
    private final Claims claims;
    private final Incidents incidents;
    private final AnalystGrades grades;
    private final AuditLog audit;
    private final Sources sources;
    private final Users users;
    private final ClaimReviews reviews;
    private final LinkConstraints constraints;
    private final Publication publication;
    private final GradeProposals gradeProposals;

    private Store(Database db, String location) {
        this.db = db;
        this.location = location;
        this.archive = new Archive(db);
        this.claims = new Claims(db);
        this.incidents = new Incidents(db);
        this.grades = new AnalystGrades(db);
        this.audit = new AuditLog(db);
        this.sources = new Sources(db);
        this.users = new Users(db);
        this.reviews = new ClaimReviews(db);
        this.constraints = new LinkConstraints(db);
        this.publication = new Publication(db);
        this.gradeProposals = new GradeProposals(db);
    }

    /** The embedded database of a data directory (created if missing). */
    public static Store open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve("raqib.db").toAbsolutePath();
            try (OpeningLock lock = OpeningLock.of(dataDir)) {
                return new Store(new Database("jdbc:sqlite:" + file), file.toString());
            }
        } catch (Exception e) {
            throw new StoreException("cannot open the database in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** A database server, e.g. jdbc:postgresql://host/raqib?user=...&password=... */
    public static Store open(String jdbcUrl) {
        String shown = jdbcUrl.replaceAll("password=[^&]*", "password=***");
        try {
            return new Store(new Database(jdbcUrl), shown);
        } catch (Exception e) {
            throw new StoreException("cannot open " + shown + ": " + e.getMessage(), e);
        }
    }

    /** Where the data is (a file, or the server's URL without its password). */
    public String location() { return location; }

    public Archive archive() { return archive; }

    public Claims claims() { return claims; }

    public Incidents incidents() { return incidents; }

    public AnalystGrades grades() { return grades; }

    public AuditLog audit() { return audit; }

    /** The sources `raqib watch` polls and the article links they led to. */
    public Sources sources() { return sources; }

    /** Analysts' accounts, sessions and API tokens. */
    public Users users() { return users; }

    /** Analysts' reviews of claims, which the claims read from {@link #claims()} already apply. */
    public ClaimReviews reviews() { return reviews; }

    /** Editors' merges and splits, which every relink respects. */
    public LinkConstraints constraints() { return constraints; }

    /** Editors' publish and unpublish decisions. */
    public Publication publication() { return publication; }

    /** Analysts' proposed grades, waiting for an editor. */
    public GradeProposals gradeProposals() { return gradeProposals; }

    @Override
    public void close() {
        db.close();
    }
}
