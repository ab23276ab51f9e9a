package org.raqib.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raqib.model.Grade;
import org.raqib.model.Incident;
import org.raqib.model.SourcedClaim;
import org.raqib.store.ArchivedDocument;

/**
 * What the web site reads of the record, and nothing more: the site is read-only, and this
 * narrow interface is the one place that knows where the record lives (today the
 * {@link org.raqib.store.Store}, see {@link StoreRecordReader}).
 */
public interface RecordReader {
    /** Changes whenever the record changes (a new ingest, a relinking, a grade). */
    long version();

    /** Incidents matching a filter, ordered by date then id, after a cursor, at most {@code limit}. */
    IncidentPage incidents(IncidentFilter filter, Cursor after, int limit);

    Optional<Incident> incident(String id);

    /** The incident an id that is no longer current was merged into (followed to the end), if any. */
    default Optional<String> successor(String id) { return Optional.empty(); }

    /** The claims of an incident, in the incident's order. */
    List<SourcedClaim> claimsOf(Incident incident);

    /** Claims matching a filter, ordered by id, after a cursor id, at most {@code limit}. */
    List<SourcedClaim> claims(ClaimFilter filter, String afterId, int limit);

    /** The incident a claim belongs to, or null. */
    String incidentOfClaim(String claimId);

    /** The full archived document (text and original bytes) by its SHA-256. */
    Optional<ArchivedDocument> document(String sha256);

    /** Documents' metadata, ordered by capture time then hash, after a cursor hash, at most {@code limit}. */
    List<DocumentInfo> documents(String afterSha, int limit);

    Optional<DocumentInfo> documentInfo(String sha256);

    /** Analysts' grades by incident id (the grade's reason names the analyst's decision). */
    Map<String, Grade> analystGrades();

    /** Every claim by id and every document's URL by hash, for the exports. */
    Map<String, SourcedClaim> claimsById();

    Map<String, String> urlsBySha();

    /** A page of incidents and the cursor of the next page (null at the end). */
    record IncidentPage(List<Incident> incidents, Cursor next, int total) {}
}
