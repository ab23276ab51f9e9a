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
import org.raqib.model.EventType;
import org.raqib.model.Grade;
import org.raqib.model.Incident;
import org.raqib.model.Place;
import org.raqib.model.SourcedClaim;

/**
 * Links claims into incidents, incrementally: {@link #add} compares a new claim with the
 * claims already linked that share its country and days (or its evidence sentence) and
 * joins every incident it is {@link Compatibility compatible} with. An incident is a
 * connected group of compatible claims, so the result is the same whatever order reports
 * arrive in; its id comes from its smallest claim id.
 */
public final class Linker {
    /** A claim's range is indexed on at most this many days after its first. */
    private static final int MAX_INDEXED_SPAN = 3;

    private final List<ClaimKeys> claims = new ArrayList<>();
    private final UnionFind sets = new UnionFind();
    private final Map<Key, IntList> buckets = new HashMap<>();

    private record Key(int kind, String a, String b, long day, long c) {}

    /** Adds a claim; returns the index it was given. */
    public int add(SourcedClaim claim) {
        ClaimKeys k = new ClaimKeys(claim);
        int i = sets.add();
        claims.add(k);
        for (Key q : queries(k)) {
            IntList bucket = buckets.get(q);
            if (bucket == null) continue;
            for (int n = 0; n < bucket.size; n++) {
                int j = bucket.items[n];
                if (sets.find(j) != sets.find(i) && Compatibility.compatible(k, claims.get(j))) sets.union(i, j);
            }
        }
        for (Key key : indexKeys(k)) buckets.computeIfAbsent(key, x -> new IntList()).add(i);
        return i;
    }

    public void addAll(List<SourcedClaim> all) { all.forEach(this::add); }

    public int size() { return claims.size(); }

    /** The claims grouped by incident, each group in the order the claims were added. */
    public List<List<SourcedClaim>> groups() {
        Map<Integer, List<SourcedClaim>> byRoot = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) byRoot.computeIfAbsent(sets.find(i), r -> new ArrayList<>()).add(claims.get(i).sourced);
        return new ArrayList<>(byRoot.values());
    }

    /** The incidents with their assessments; analyst grades (by incident id) override the computed grade. */
    public List<Incident> incidents(Map<String, Grade> analystGrades) {
        List<Incident> out = new ArrayList<>();
        for (List<SourcedClaim> group : groups()) {
            group.sort(Comparator.comparing(SourcedClaim::id));
            String id = incidentId(group.getFirst().id());
            out.add(new Incident(id, group.getFirst().claim().kind(), group.stream().map(SourcedClaim::id).toList(),
                    mostCommon(group, c -> c.claim().date()), bestPlace(group), eventType(group),
                    Assessor.assess(group, analystGrades.get(id))));
        }
        out.sort(Comparator.comparing(Incident::id));
        return out;
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

        void add(int v) {
            if (size == items.length) items = Arrays.copyOf(items, size * 2);
            items[size++] = v;
        }
    }
}
