package org.raqib.link;

import java.time.LocalDate;
import org.raqib.model.Claim;
import org.raqib.model.Kind;
import org.raqib.model.Place;
import org.raqib.model.SourcedClaim;
import org.raqib.text.ArabicNormalizer;

/** What linking compares of a claim, computed once: its day, place and text origin. */
final class ClaimKeys {
    final SourcedClaim sourced;
    final Claim claim;
    final boolean aggregate;
    /** Epoch day of the event (its first day), or of publication when the claim names none; MIN when neither. */
    final long day;
    /** Epoch day the event's range ends. */
    final long lastDay;
    final String country;
    final String admin1;
    final String placeName;
    final Double lat, lon;
    final String perpetrator;
    /** Hash of the normalized evidence sentence: copies of one agency text share it. */
    final long evidenceHash;

    static final long NO_DAY = Long.MIN_VALUE;

    ClaimKeys(SourcedClaim s) {
        this.sourced = s;
        this.claim = s.claim();
        this.aggregate = claim.kind() == Kind.AGGREGATE;
        LocalDate from = claim.date() != null ? claim.date().from() : s.published();
        LocalDate to = claim.date() != null ? claim.date().to() : s.published();
        this.day = from == null ? NO_DAY : from.toEpochDay();
        this.lastDay = to == null ? day : to.toEpochDay();
        Place p = claim.place();
        this.country = p == null ? null : p.country();
        this.admin1 = p == null ? null : p.admin1();
        this.placeName = p == null || p.name() == null ? null : ArabicNormalizer.normalizeWord(p.name()).replaceFirst("^ال", "");
        this.lat = p == null ? null : p.lat();
        this.lon = p == null ? null : p.lon();
        this.perpetrator = claim.perpetrator() == null ? null : claim.perpetrator().actor();
        this.evidenceHash = claim.evidence() == null ? 0 : hash(ArabicNormalizer.normalizeWord(claim.evidence().text()));
    }

    boolean hasDay() { return day != NO_DAY; }

    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
