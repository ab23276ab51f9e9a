package org.raqib.model;

import java.time.LocalDate;

/**
 * A claim with where it came from, as linking needs it: a stable id ({@link ClaimIds}),
 * the archived document's SHA-256, the outlet that published it, the document's publication
 * date, a fingerprint of the document text to tell syndicated copies apart from
 * independent reports, and the day the document was captured (null when unknown). A page
 * that shows no publication date still has a capture day: linking takes the event to lie
 * in the days before it.
 */
public record SourcedClaim(String id, String docSha, String outlet, LocalDate published, long textFingerprint,
                           Claim claim, LocalDate captured) {

    /** A claim whose capture day is not known (callers that only have the publication date). */
    public SourcedClaim(String id, String docSha, String outlet, LocalDate published, long textFingerprint, Claim claim) {
        this(id, docSha, outlet, published, textFingerprint, claim, null);
    }
}
