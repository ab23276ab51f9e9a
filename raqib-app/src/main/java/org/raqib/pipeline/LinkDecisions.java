package org.raqib.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.raqib.model.SourcedClaim;
import org.raqib.store.LinkConstraints.Constraint;
import org.raqib.store.LinkConstraints.Kind;

/**
 * Editors' decisions applied to the linker's groups: groups holding the two ends of a must-link
 * become one, then a group holding the two ends of a cannot-link is split (each claim joins the
 * first part it may join, so the split is as small as the decisions allow). Cannot-link wins
 * where the two conflict: keeping apart what an editor separated is the safer error.
 */
final class LinkDecisions {
    private final Map<String, Set<String>> must = new HashMap<>(), cannot = new HashMap<>();

    LinkDecisions(List<Constraint> constraints) {
        for (Constraint c : constraints) {
            Map<String, Set<String>> m = c.kind() == Kind.MUST ? must : cannot;
            m.computeIfAbsent(c.claimA(), k -> new HashSet<>()).add(c.claimB());
            m.computeIfAbsent(c.claimB(), k -> new HashSet<>()).add(c.claimA());
        }
    }

    boolean isEmpty() { return must.isEmpty() && cannot.isEmpty(); }

    /** The claims a claim must be linked with. */
    Set<String> mustPartners(String claimId) { return must.getOrDefault(claimId, Set.of()); }

    List<List<SourcedClaim>> apply(List<List<SourcedClaim>> groups) {
        if (isEmpty()) return groups;
        // must-link: union the groups that hold two ends of one decision
        Map<String, Integer> groupOf = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) for (SourcedClaim c : groups.get(g)) groupOf.put(c.id(), g);
        int[] parent = new int[groups.size()];
        for (int g = 0; g < parent.length; g++) parent[g] = g;
        for (Map.Entry<String, Set<String>> e : must.entrySet()) {
            Integer a = groupOf.get(e.getKey());
            if (a == null) continue;
            for (String other : e.getValue()) {
                Integer b = groupOf.get(other);
                if (b != null) parent[find(parent, a)] = find(parent, b);
            }
        }
        Map<Integer, List<SourcedClaim>> merged = new LinkedHashMap<>();
        for (int g = 0; g < groups.size(); g++) merged.computeIfAbsent(find(parent, g), k -> new ArrayList<>()).addAll(groups.get(g));
        // cannot-link: split each group greedily into parts without a forbidden pair
        List<List<SourcedClaim>> out = new ArrayList<>();
        for (List<SourcedClaim> group : merged.values()) {
            List<List<SourcedClaim>> parts = new ArrayList<>();
            for (SourcedClaim c : group) {
                Set<String> apart = cannot.getOrDefault(c.id(), Set.of());
                List<SourcedClaim> home = null;
                for (List<SourcedClaim> part : parts) {
                    if (part.stream().noneMatch(x -> apart.contains(x.id()))) {
                        home = part;
                        break;
                    }
                }
                if (home == null) {
                    home = new ArrayList<>();
                    parts.add(home);
                }
                home.add(c);
            }
            out.addAll(parts);
        }
        return out;
    }

    private static int find(int[] parent, int g) {
        while (parent[g] != g) g = parent[g] = parent[parent[g]];
        return g;
    }
}
