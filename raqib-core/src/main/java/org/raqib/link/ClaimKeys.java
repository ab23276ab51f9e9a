package org.raqib.link;

import java.time.LocalDate;
import org.raqib.model.Category;
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
    /**
     * First epoch day the event may have been on: its date's first day; for a claim that names
     * no date, {@link #UNDATED_BEFORE_PUBLISHED} days before the page's publication, else
     * {@link #UNDATED_BEFORE_CAPTURE} days before its capture; {@link #NO_DAY} when none is known.
     */
    final long day;
    /** Last epoch day the event may have been on: its date's last day, else the publication or capture day. */
    final long lastDay;
    /** Whether the claim states its own date (else its days are a window before publication or capture). */
    final boolean dated;
    final String country;
    final String admin1;
    final String placeName;
    final Double lat, lon;
    final String perpetrator;
    /** Hash of the normalized evidence sentence: copies of one agency text share it. */
    final long evidenceHash;
    /** The deaths the claim counts (civilians if it says, else all), else its injured; null when neither. */
    final Long toll;

    static final long NO_DAY = Long.MIN_VALUE;
    /** An undated report is about the day it was published or the days just before (a night raid, a toll a day later). */
    static final int UNDATED_BEFORE_PUBLISHED = 2;
    /** A page captured without a publication date may have been published a day or two before its capture. */
    static final int UNDATED_BEFORE_CAPTURE = 3;

    ClaimKeys(SourcedClaim s) {
        this.sourced = s;
        this.claim = s.claim();
        this.aggregate = claim.kind() == Kind.AGGREGATE;
        LocalDate from, to;
        this.dated = claim.date() != null && claim.date().from() != null;
        if (dated) {
            from = claim.date().from();
            to = claim.date().to() == null ? from : claim.date().to();
        } else if (s.published() != null) {
            from = s.published().minusDays(aggregate ? 0 : UNDATED_BEFORE_PUBLISHED);
            to = s.published();
        } else if (s.captured() != null) {
            from = s.captured().minusDays(aggregate ? 0 : UNDATED_BEFORE_CAPTURE);
            to = s.captured();
        } else {
            from = to = null;
        }
        this.day = from == null ? NO_DAY : from.toEpochDay();
        this.lastDay = to == null ? day : to.toEpochDay();
        Place p = claim.place();
        this.country = p == null ? null : p.country();
        // a division the report's other places suggest (no words of the claim's own name it) is a guess: it
        // narrows nothing when linking ("a wedding in south-west Yemen" in a report naming only مأرب elsewhere)
        boolean guessed = p != null && p.text() == null && p.name() == null;
        this.admin1 = p == null || guessed ? null : p.admin1();
        // a city that names its governorate (Baghdad, Sanaa, Gaza) places a report no closer than the governorate:
        // "in Baghdad" and "in Karrada" are the same strike told at two precisions
        this.placeName = p == null || p.name() == null || GovernorateNames.namesGovernorate(p.country(), p.admin1(), p.name())
                ? null : ArabicNormalizer.normalizeWord(p.name()).replaceFirst("^ال", "");
        this.lat = p == null ? null : p.lat();
        this.lon = p == null ? null : p.lon();
        this.perpetrator = claim.perpetrator() == null ? null : claim.perpetrator().actor();
        this.evidenceHash = claim.evidence() == null ? 0 : hash(ArabicNormalizer.normalizeWord(claim.evidence().text()));
        Long deaths = claim.best(Category.CIVILIANS_KILLED) != null ? claim.best(Category.CIVILIANS_KILLED) : claim.best(Category.KILLED);
        this.toll = deaths != null ? deaths : claim.best(Category.INJURED);
    }

    boolean hasDay() { return day != NO_DAY; }

    /** How precisely the claim is placed: 0 a named place, 1 a governorate, 2 a country, 3 nowhere. */
    int placeRank() {
        if (placeName != null) return 0;
        if (admin1 != null) return 1;
        return country != null ? 2 : 3;
    }

    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
