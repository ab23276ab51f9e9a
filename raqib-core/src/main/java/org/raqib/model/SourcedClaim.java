package org.raqib.model;

import java.time.LocalDate;

/**
 * A claim with where it came from, as linking needs it: a stable id ({@link ClaimIds}),
 * the archived document's SHA-256, the outlet that published it, the document's publication
 * date, and a fingerprint of the document text to tell syndicated copies apart from
 * independent reports.
 */
public record SourcedClaim(String id, String docSha, String outlet, LocalDate published, long textFingerprint,
                           Claim claim) {}
