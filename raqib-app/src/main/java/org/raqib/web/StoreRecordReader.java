package org.raqib.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raqib.model.Grade;
import org.raqib.model.Incident;
import org.raqib.model.SourcedClaim;
import org.raqib.store.ArchivedDocument;
import org.raqib.store.Store;

/**
 * The record as the CLI writes it: reads today's {@link Store} into a {@link RecordSnapshot}
 * and reads it again when the audit log has moved on (every change writes an entry), checked
 * at most once a second, so an ingest or {@code raqib run} beside the server shows up without
 * a restart.
 */
public final class StoreRecordReader implements RecordReader {
    private static final long CHECK_EVERY_NANOS = 1_000_000_000L;

    private final Store store;
    private final boolean publishAll;
    private volatile RecordSnapshot snapshot;
    private volatile long checkedAt;

    /** Every incident public unless an editor withdrew it (today's behaviour). */
    public StoreRecordReader(Store store) {
        this(store, true);
    }

    /**
     * @param publishAll true: every incident is public unless an editor unpublished it; false:
     *                   only the incidents an editor published are (review before publishing)
     */
    public StoreRecordReader(Store store, boolean publishAll) {
        this.store = store;
        this.publishAll = publishAll;
        this.snapshot = load(store.audit().lastSeq());
        this.checkedAt = System.nanoTime();
    }

    /** The current snapshot, reloaded first when the record changed. */
    public RecordSnapshot current() {
        if (System.nanoTime() - checkedAt > CHECK_EVERY_NANOS) {
            synchronized (this) {
                if (System.nanoTime() - checkedAt > CHECK_EVERY_NANOS) {
                    long seq = store.audit().lastSeq();
                    if (seq != snapshot.version()) snapshot = load(seq);
                    checkedAt = System.nanoTime();
                }
            }
        }
        return snapshot;
    }

    private RecordSnapshot load(long version) {
        Map<String, Boolean> decided = store.publication().decisions();
        List<Incident> every = store.incidents().all();
        List<Incident> incidents = every.stream().filter(i -> decided.getOrDefault(i.id(), publishAll)).toList();
        // the claims of incidents kept from the public are kept from it too
        java.util.Set<String> shown = new java.util.HashSet<>();
        incidents.forEach(i -> shown.addAll(i.claimIds()));
        java.util.Set<String> hidden = new java.util.HashSet<>();
        every.forEach(i -> { if (!decided.getOrDefault(i.id(), publishAll)) hidden.addAll(i.claimIds()); });
        List<SourcedClaim> claims = store.claims().all().stream().filter(c -> shown.contains(c.id()) || !hidden.contains(c.id())).toList();
        List<DocumentInfo> documents = new ArrayList<>();
        store.archive().forEach(d -> documents.add(DocumentInfo.of(d)));
        return new RecordSnapshot(version, incidents, claims, documents, store.grades().all(), store.archive()::bySha);
    }

    @Override public long version() { return current().version(); }
    @Override public IncidentPage incidents(IncidentFilter f, Cursor after, int limit) { return current().incidents(f, after, limit); }
    @Override public Optional<Incident> incident(String id) { return current().incident(id); }
    @Override public Optional<String> successor(String id) {
        return store.incidents().current(id).filter(next -> !next.equals(id) && current().incident(next).isPresent());
    }
    @Override public List<SourcedClaim> claimsOf(Incident incident) { return current().claimsOf(incident); }
    @Override public List<SourcedClaim> claims(ClaimFilter f, String afterId, int limit) { return current().claims(f, afterId, limit); }
    @Override public String incidentOfClaim(String claimId) { return current().incidentOfClaim(claimId); }
    @Override public Optional<ArchivedDocument> document(String sha256) { return current().document(sha256); }
    @Override public List<DocumentInfo> documents(String afterSha, int limit) { return current().documents(afterSha, limit); }
    @Override public Optional<DocumentInfo> documentInfo(String sha256) { return current().documentInfo(sha256); }
    @Override public Map<String, Grade> analystGrades() { return current().analystGrades(); }
    @Override public Map<String, SourcedClaim> claimsById() { return current().claimsById(); }
    @Override public Map<String, String> urlsBySha() { return current().urlsBySha(); }
}
