package org.raqib.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.raqib.model.SourcedClaim;

/**
 * Gives newly linked groups of claims the ids of the incidents they continue, so that an
 * incident keeps its id, and with it its grade and everything attached to it, as reports join
 * or leave it. A group continues the previous incident it shares the most claims with; each
 * previous id goes to one group at most. What happened on the way is told as {@link Change}s:
 * an incident that came apart (split), incidents that came together (merged), one whose claims
 * are all gone (retired), and new ones.
 */
public final class IncidentIdentity {
    public enum ChangeKind { CREATED, SPLIT, MERGED, RETIRED }

    /** {@code id} created, split from {@code other}, merged into {@code other}, or retired. */
    public record Change(ChangeKind kind, String id, String other) {}

    /** A group with its id, in the order groups were given. */
    public record Named(String id, List<SourcedClaim> claims) {}

    public record Result(List<Named> incidents, List<Change> changes) {}

    private IncidentIdentity() {}

    /**
     * @param groups       the claims of each new incident
     * @param previous     the incident each claim belonged to before (claims absent: new claims)
     * @param previousIds  every previous incident of the claims being relinked (some may now have no claim)
     * @param taken        ids in use or used before, which a new incident must not take
     */
    public static Result assign(List<List<SourcedClaim>> groups, Map<String, String> previous, Set<String> previousIds,
                                Predicate<String> taken) {
        List<Map<String, Integer>> overlaps = new ArrayList<>(groups.size());
        Map<String, Set<Integer>> groupsOf = new TreeMap<>();
        for (int g = 0; g < groups.size(); g++) {
            Map<String, Integer> counts = new HashMap<>();
            for (SourcedClaim c : groups.get(g)) {
                String old = previous.get(c.id());
                if (old == null) continue;
                counts.merge(old, 1, Integer::sum);
                groupsOf.computeIfAbsent(old, x -> new TreeSet<>()).add(g);
            }
            overlaps.add(counts);
        }
        String[] ids = new String[groups.size()];
        String[] smallest = new String[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            smallest[g] = groups.get(g).stream().map(SourcedClaim::id).min(Comparator.naturalOrder()).orElse("");
        }
        // Largest overlap first; ties by id and by the group's smallest claim, so the result
        // does not depend on the order groups or claims came in.
        record Pair(int group, String old, int shared) {}
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            for (var e : overlaps.get(g).entrySet()) pairs.add(new Pair(g, e.getKey(), e.getValue()));
        }
        pairs.sort(Comparator.comparingInt((Pair p) -> -p.shared()).thenComparing(Pair::old)
                .thenComparing(p -> smallest[p.group()]));
        Set<String> given = new HashSet<>();
        for (Pair p : pairs) {
            if (ids[p.group()] != null || given.contains(p.old())) continue;
            ids[p.group()] = p.old();
            given.add(p.old());
        }
        List<Change> changes = new ArrayList<>();
        Map<String, String> created = new LinkedHashMap<>();
        Integer[] order = new Integer[groups.size()];
        for (int g = 0; g < order.length; g++) order[g] = g;
        java.util.Arrays.sort(order, Comparator.comparing(g -> smallest[g]));
        for (int g : order) {
            if (ids[g] != null) continue;
            ids[g] = freshId(smallest[g], id -> taken.test(id) || given.contains(id) || created.containsKey(id));
            created.put(ids[g], smallest[g]);
            // a new group holding claims of an incident that kept its id elsewhere was split from it
            String from = overlaps.get(g).entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            changes.add(from == null ? new Change(ChangeKind.CREATED, ids[g], null) : new Change(ChangeKind.SPLIT, ids[g], from));
        }
        for (String old : new TreeSet<>(previousIds)) {
            if (given.contains(old)) continue;
            Set<Integer> into = groupsOf.get(old);
            if (into == null) {
                changes.add(new Change(ChangeKind.RETIRED, old, null));
            } else {
                // its claims went to groups that continue other incidents: merged into the one with most of them
                int best = into.stream().max(Comparator.comparingInt((Integer g) -> overlaps.get(g).get(old))
                        .thenComparing(g -> smallest[g], Comparator.reverseOrder())).orElseThrow();
                changes.add(new Change(ChangeKind.MERGED, old, ids[best]));
            }
        }
        List<Named> named = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) named.add(new Named(ids[g], groups.get(g)));
        return new Result(named, changes);
    }

    /** A new incident's id: from its smallest claim id, so that the same claims give the same id; salted if taken. */
    static String freshId(String smallestClaimId, Predicate<String> taken) {
        for (int salt = 0; ; salt++) {
            String id = "inc-" + sha(salt == 0 ? smallestClaimId : smallestClaimId + "#" + salt);
            if (!taken.test(id)) return id;
        }
    }

    private static String sha(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
