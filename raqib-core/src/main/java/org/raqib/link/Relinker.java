package org.raqib.link;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.raqib.model.SourcedClaim;

/**
 * Which claims a change can move between incidents, so that a run relinks those and leaves the
 * rest of a large archive alone.
 *
 * <p>The {@link Linker} puts a claim only into an incident whose every claim it is compatible
 * with (or with whose claim it shares a copied sentence), so its choices inside one connected
 * group of the "compatible or copy" graph never depend on claims outside it. Relinking the
 * groups that contain the changed claims, or the claims that shared an incident with a claim
 * that changed or left, gives exactly what linking the whole archive again would give
 * ({@code RelinkerTest} compares the two). The groups are found by walking that graph from the
 * seeds, asking the store only for the claims near each one ({@link #window}).
 */
public final class Relinker {
    /** Where a claim sits for linking, as the store indexes it. */
    public record Footprint(Long fromDay, Long toDay, long evidenceKey, boolean aggregate) {}

    /**
     * Which stored claims may link with a claim: those of the same kind whose days overlap
     * {@code [fromDay, toDay]} (for tallies: exactly that period), or that share its evidence
     * key (copies link whatever their days or kind).
     */
    public record Window(Long fromDay, Long toDay, long evidenceKey, boolean aggregate) {}

    private Relinker() {}

    /** The footprint of a claim: its linking days (event, else report), evidence hash and kind. */
    public static Footprint footprint(SourcedClaim c) {
        ClaimKeys k = new ClaimKeys(c);
        return new Footprint(k.hasDay() ? k.day : null, k.hasDay() ? k.lastDay : null, k.evidenceHash, k.aggregate);
    }

    /** The store query that finds every claim that can be compatible with, or a copy of, the claim. */
    static Window window(ClaimKeys k) {
        if (!k.hasDay()) return new Window(null, null, k.evidenceHash, k.aggregate);
        if (k.aggregate) return new Window(k.day, k.lastDay, k.evidenceHash, true);
        return new Window(k.day - Compatibility.DAY_SLACK, k.lastDay + Compatibility.DAY_SLACK, k.evidenceHash, false);
    }

    /**
     * The claims whose incidents may change: every claim connected to a seed through claims
     * that are compatible or copies, seeds included.
     *
     * @param near the stored claims a {@link Window} selects (a superset is fine: compatibility is checked here)
     */
    public static List<SourcedClaim> reach(Collection<SourcedClaim> seeds, Function<Window, Collection<SourcedClaim>> near) {
        Map<String, ClaimKeys> reached = new HashMap<>();
        Map<String, ClaimKeys> seen = new HashMap<>(); // keys of claims compared but not (yet) reached, made once
        Deque<ClaimKeys> todo = new ArrayDeque<>();
        for (SourcedClaim s : seeds) {
            if (reached.containsKey(s.id())) continue;
            ClaimKeys k = new ClaimKeys(s);
            reached.put(s.id(), k);
            todo.add(k);
        }
        while (!todo.isEmpty()) {
            ClaimKeys k = todo.poll();
            for (SourcedClaim other : near.apply(window(k))) {
                if (reached.containsKey(other.id())) continue;
                ClaimKeys o = seen.computeIfAbsent(other.id(), id -> new ClaimKeys(other));
                if (Compatibility.compatible(k, o) || Compatibility.copies(k, o) || Compatibility.copies(o, k)) {
                    reached.put(other.id(), o);
                    todo.add(o);
                }
            }
        }
        List<SourcedClaim> out = new ArrayList<>(reached.size());
        for (ClaimKeys k : reached.values()) out.add(k.sourced);
        return out;
    }
}
