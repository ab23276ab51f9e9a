package org.raqib.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.raqib.assess.Assessor;
import org.raqib.model.DateRange;
import org.raqib.model.EventType;
import org.raqib.model.Grade;
import org.raqib.model.Incident;
import org.raqib.model.Place;
import org.raqib.model.SourcedClaim;

/**
 * Links claims into incidents. Claims are taken in a fixed order, most precisely placed first
 * (a named place, then only a governorate, then only a country, then none), then by day and
 * id; each joins an incident only if it is {@link Compatibility compatible} with every claim
 * already in it, so a report that names only "Idlib countryside" cannot bridge two villages
 * 40 km apart, nor a chain of reports stretch one incident over a week. A claim that fits
 * several incidents joins the closest: the same village, then a nearby one, then the same
 * governorate; then the one blaming the same party; then the nearest toll; then the larger,
 * then the older. A copy of a report's text (same evidence sentence, same figures) joins the
 * incident of the report it copies.
 *
 * <p>The incidents depend only on the set of claims, never on the order reports arrived in:
 * {@link #add} collects, and the grouping is computed (and cached) when asked for. A new
 * report joins an existing incident, whose id (from its smallest claim id) stays, or opens a
 * new one.
 */
public final class Linker {
    /** A claim's range is indexed on at most this many days after its first. */
    private static final int MAX_INDEXED_SPAN = 3;

    private final List<SourcedClaim> added = new ArrayList<>();
    private List<List<SourcedClaim>> groups;

    private record Key(int kind, String a, String b, long day, long c) {}

    /** Adds a claim to be linked. */
    public void add(SourcedClaim claim) {
        added.add(claim);
        groups = null;
    }

    public void addAll(List<SourcedClaim> all) { all.forEach(this::add); }

    public int size() { return added.size(); }

    /** The claims grouped by incident, each group in linking order. */
    public List<List<SourcedClaim>> groups() {
        if (groups == null) groups = cluster(added);
        return groups;
    }

    private static List<List<SourcedClaim>> cluster(List<SourcedClaim> input) {
        List<ClaimKeys> claims = new ArrayList<>(input.size());
        for (SourcedClaim c : input) claims.add(new ClaimKeys(c));
        claims.sort(LINKING_ORDER);
        int[] incidentOf = new int[claims.size()];
        List<IntList> incidents = new ArrayList<>();
        Map<Key, IntList> buckets = new HashMap<>();
        IntList candidates = new IntList();
        for (int i = 0; i < claims.size(); i++) {
            ClaimKeys k = claims.get(i);
            candidates.size = 0;
            int copied = -1;
            for (Key q : queries(k)) {
                IntList bucket = buckets.get(q);
                if (bucket == null) continue;
                for (int n = 0; n < bucket.size; n++) {
                    int j = bucket.items[n];
                    if (copied < 0 && Compatibility.copies(k, claims.get(j))) copied = incidentOf[j];
                    if (!candidates.contains(incidentOf[j])) candidates.add(incidentOf[j]);
                }
            }
            int chosen = copied >= 0 ? copied : closest(k, candidates, incidents, claims);
            if (chosen < 0) {
                chosen = incidents.size();
                incidents.add(new IntList());
            }
            incidents.get(chosen).add(i);
            incidentOf[i] = chosen;
            for (Key key : indexKeys(k)) buckets.computeIfAbsent(key, x -> new IntList()).add(i);
        }
        List<List<SourcedClaim>> out = new ArrayList<>(incidents.size());
        for (IntList members : incidents) {
            List<SourcedClaim> group = new ArrayList<>(members.size);
            for (int n = 0; n < members.size; n++) group.add(claims.get(members.items[n]).sourced);
            out.add(group);
        }
        return out;
    }

    /** Most precisely placed first, then by day, then by id: an order that does not depend on arrival. */
    private static final Comparator<ClaimKeys> LINKING_ORDER = Comparator.<ClaimKeys>comparingInt(ClaimKeys::placeRank)
            .thenComparingLong(k -> k.day).thenComparingLong(k -> k.lastDay).thenComparing(k -> k.sourced.id());

    /** The incident (index) the claim fits best, or -1 when it fits none. */
    private static int closest(ClaimKeys k, IntList candidates, List<IntList> incidents, List<ClaimKeys> claims) {
        int best = -1;
        Fit bestFit = null;
        for (int n = 0; n < candidates.size; n++) {
            int incident = candidates.items[n];
            Fit fit = Fit.of(k, incidents.get(incident), claims);
            if (fit != null && (bestFit == null || fit.compareTo(bestFit) > 0)) {
                best = incident;
                bestFit = fit;
            }
        }
        return best;
    }

    /** How well a claim fits an incident it is compatible with throughout; larger is better. */
    private record Fit(int place, boolean samePerpetrator, long tollGap, int size, int firstMember) implements Comparable<Fit> {
        static Fit of(ClaimKeys k, IntList members, List<ClaimKeys> claims) {
            int place = 0;
            boolean samePerpetrator = false;
            long tollGap = Long.MAX_VALUE;
            for (int n = 0; n < members.size; n++) {
                ClaimKeys m = claims.get(members.items[n]);
                if (!Compatibility.compatible(k, m)) return null;
                place = Math.max(place, Compatibility.placeCloseness(k, m));
                samePerpetrator |= k.perpetrator != null && k.perpetrator.equals(m.perpetrator);
                if (k.toll != null && m.toll != null) tollGap = Math.min(tollGap, Math.abs(k.toll - m.toll));
            }
            return new Fit(place, samePerpetrator, tollGap, members.size, members.items[0]);
        }

        @Override
        public int compareTo(Fit o) {
            if (place != o.place) return Integer.compare(place, o.place);
            if (samePerpetrator != o.samePerpetrator) return Boolean.compare(samePerpetrator, o.samePerpetrator);
            if (tollGap != o.tollGap) return Long.compare(o.tollGap, tollGap);
            if (size != o.size) return Integer.compare(size, o.size);
            return Integer.compare(o.firstMember, firstMember); // the incident begun earlier in linking order
        }
    }

    /** The incidents with their assessments; analyst grades (by incident id) override the computed grade. */
    public List<Incident> incidents(Map<String, Grade> analystGrades) {
        List<Incident> out = new ArrayList<>();
        for (List<SourcedClaim> incidentClaims : groups()) {
            String id = incidentId(incidentClaims.stream().map(SourcedClaim::id).min(Comparator.naturalOrder()).orElseThrow());
            out.add(incident(id, incidentClaims, analystGrades.get(id)));
        }
        out.sort(Comparator.comparing(Incident::id));
        return out;
    }

    /** An incident of linked claims under the given id, assessed; an analyst's grade (or null) wins. */
    public static Incident incident(String id, List<SourcedClaim> claims, Grade analystGrade) {
        List<SourcedClaim> group = new ArrayList<>(claims);
        group.sort(Comparator.comparing(SourcedClaim::id));
        // the date and place stand for the incident, not for a spot in one of its reports: no span
        DateRange date = mostCommon(group, c -> c.claim().date() == null ? null
                : new DateRange(c.claim().date().text(), c.claim().date().from(), c.claim().date().to(), null));
        Place p = bestPlace(group);
        Place place = p == null ? null : new Place(p.text(), p.name(), p.admin1(), p.country(), p.lat(), p.lon(), p.precision());
        return new Incident(id, group.getFirst().claim().kind(), group.stream().map(SourcedClaim::id).toList(),
                date, place, eventType(group), Assessor.assess(group, analystGrade));
    }

    /** Links all claims at once. */
    public static List<Incident> link(List<SourcedClaim> claims, Map<String, Grade> analystGrades) {
        Linker l = new Linker();
        l.addAll(claims);
        return l.incidents(analystGrades);
    }

    static String incidentId(String smallestClaimId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(smallestClaimId.getBytes(StandardCharsets.UTF_8));
            return "inc-" + HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Key> indexKeys(ClaimKeys k) {
        List<Key> keys = new ArrayList<>(8);
        if (k.evidenceHash != 0) keys.add(new Key(0, null, null, 0, k.evidenceHash));
        if (!k.hasDay()) return keys;
        if (k.aggregate) {
            keys.add(new Key(1, k.country, null, k.day, k.lastDay));
            return keys;
        }
        long last = Math.min(k.lastDay, k.day + MAX_INDEXED_SPAN);
        for (long d = k.day; d <= last; d++) {
            keys.add(new Key(2, k.country, k.admin1, d, 0));
            if (k.country != null) keys.add(new Key(3, k.country, null, d, 0));
            if (k.perpetrator != null) keys.add(new Key(4, k.perpetrator, null, d, 0));
        }
        return keys;
    }

    private static List<Key> queries(ClaimKeys k) {
        List<Key> keys = new ArrayList<>(12);
        if (k.evidenceHash != 0) keys.add(new Key(0, null, null, 0, k.evidenceHash));
        if (!k.hasDay()) return keys;
        if (k.aggregate) {
            keys.add(new Key(1, k.country, null, k.day, k.lastDay));
            return keys;
        }
        long last = Math.min(k.lastDay, k.day + MAX_INDEXED_SPAN) + Compatibility.DAY_SLACK;
        for (long d = k.day - Compatibility.DAY_SLACK; d <= last; d++) {
            if (k.country == null) {
                if (k.perpetrator != null) keys.add(new Key(4, k.perpetrator, null, d, 0));
                continue;
            }
            if (k.admin1 != null) {
                keys.add(new Key(2, k.country, k.admin1, d, 0)); // same division
                keys.add(new Key(2, k.country, null, d, 0));     // the country, division unknown
            } else {
                keys.add(new Key(3, k.country, null, d, 0));     // anywhere in the country
            }
            keys.add(new Key(2, null, null, d, 0));              // reports naming no place
        }
        return keys;
    }

    private static <T> T mostCommon(List<SourcedClaim> group, Function<SourcedClaim, T> value) {
        Map<T, Integer> counts = new HashMap<>();
        T best = null;
        int bestCount = 0;
        for (SourcedClaim c : group) {
            T v = value.apply(c);
            if (v == null) continue;
            int n = counts.merge(v, 1, Integer::sum);
            if (n > bestCount) {
                best = v;
                bestCount = n;
            }
        }
        return best;
    }

    /** The most precise place the claims give (ACLED precision 1 before 2 before 3), most often named first. */
    private static Place bestPlace(List<SourcedClaim> group) {
        Place best = null;
        int bestCount = 0;
        Map<String, Integer> counts = new HashMap<>();
        for (SourcedClaim c : group) {
            Place p = c.claim().place();
            if (p == null || p.admin1() == null) continue;
            int n = counts.merge(p.admin1() + "|" + p.name(), 1, Integer::sum);
            int precision = p.precision() == null ? 3 : p.precision();
            int bestPrecision = best == null || best.precision() == null ? 4 : best.precision();
            if (best == null || precision < bestPrecision || (precision == bestPrecision && n > bestCount)) {
                best = p;
                bestCount = n;
            }
        }
        return best;
    }

    private static EventType eventType(List<SourcedClaim> group) {
        EventType t = mostCommon(group, c -> c.claim().eventType() == EventType.UNKNOWN ? null : c.claim().eventType());
        return Objects.requireNonNullElse(t, EventType.UNKNOWN);
    }

    /** A growable list of ints, to keep a million claims' buckets small. */
    private static final class IntList {
        int[] items = new int[2];
        int size;

        boolean contains(int v) {
            for (int n = 0; n < size; n++) if (items[n] == v) return true;
            return false;
        }

        void add(int v) {
            if (size == items.length) items = Arrays.copyOf(items, size * 2);
            items[size++] = v;
        }
    }
}
