package org.raqib.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collection;
import java.util.function.Function;
import org.raqib.link.IncidentIdentity;
import org.raqib.link.Linker;
import org.raqib.link.Relinker;
import org.raqib.model.Grade;
import org.raqib.model.Incident;
import org.raqib.model.SourcedClaim;
import org.raqib.store.Claims;
import org.raqib.store.Store;

/**
 * Keeps the incidents up to date with the claims: relinks only what new, changed or removed
 * claims can reach ({@link Relinker}), gives the new incidents the ids of those they continue
 * ({@link IncidentIdentity}), assesses them with the analysts' grades, and stores the result.
 */
final class Linking {
    /** Above this share of unlinked claims, walking from each is slower than linking everything. */
    private static final double FULL_RELINK_SHARE = 0.2;

    private final Store store;

    Linking(Store store) { this.store = store; }

    /** What a relink did. */
    record Report(int claimsRelinked, int incidents, int created, int split, int merged, int retired) {
        static final Report NOTHING = new Report(0, 0, 0, 0, 0, 0);
    }

    Report relink(String linkerVersion) {
        Claims claims = store.claims();
        claims.relinkAllUnless(linkerVersion);
        long unlinked = claims.unlinkedCount();
        List<Claims.Seed> seeds = claims.seeds();
        if (unlinked == 0 && seeds.isEmpty()) return Report.NOTHING;

        List<SourcedClaim> affected;
        boolean everything = unlinked > FULL_RELINK_SHARE * claims.count();
        if (everything) {
            affected = claims.all();
        } else {
            affected = Relinker.reach(seedClaims(claims, seeds), cachedNear(claims));
        }
        LinkDecisions decisions = new LinkDecisions(store.constraints().all());
        if (!everything) affected = withMustLinked(affected, decisions);
        Map<String, String> previous = store.incidents().ofClaims(affected.stream().map(SourcedClaim::id).toList());
        Set<String> previousIds = new HashSet<>(previous.values());
        for (Claims.Seed s : seeds) if (s.incidentId() != null) previousIds.add(s.incidentId());
        if (everything) previousIds.addAll(store.incidents().ids());

        Linker linker = new Linker();
        linker.addAll(affected);
        IncidentIdentity.Result named = IncidentIdentity.assign(decisions.apply(linker.groups()), previous, previousIds,
                store.incidents()::taken);
        Map<String, Grade> grades = store.grades().all();
        List<Incident> incidents = new ArrayList<>(named.incidents().size());
        for (IncidentIdentity.Named n : named.incidents()) incidents.add(Linker.incident(n.id(), n.claims(), grades.get(n.id())));
        store.incidents().replace(previousIds, incidents, named.changes(), affected.stream().map(SourcedClaim::id).toList(),
                everything);
        int[] kinds = new int[IncidentIdentity.ChangeKind.values().length];
        named.changes().forEach(c -> kinds[c.kind().ordinal()]++);
        return new Report(affected.size(), incidents.size(), kinds[0], kinds[1], kinds[2], kinds[3]);
    }

    /**
     * The affected claims with the claims they must be linked with and the rest of those claims'
     * incidents (which a merge changes too), until nothing more is reached.
     */
    private List<SourcedClaim> withMustLinked(List<SourcedClaim> affected, LinkDecisions decisions) {
        if (decisions.isEmpty()) return affected;
        Map<String, SourcedClaim> out = new LinkedHashMap<>();
        for (SourcedClaim c : affected) out.put(c.id(), c);
        List<SourcedClaim> frontier = affected;
        while (!frontier.isEmpty()) {
            Set<String> partners = new HashSet<>();
            for (SourcedClaim c : frontier) for (String p : decisions.mustPartners(c.id())) if (!out.containsKey(p)) partners.add(p);
            if (partners.isEmpty()) break;
            Set<String> incidents = new HashSet<>(store.incidents().ofClaims(partners).values());
            Set<String> ids = new HashSet<>(partners);
            ids.addAll(store.incidents().claimsOf(incidents));
            ids.removeAll(out.keySet());
            frontier = store.claims().byIds(ids);
            for (SourcedClaim c : frontier) out.put(c.id(), c);
        }
        return new ArrayList<>(out.values());
    }

    /** Re-assesses one incident under its current claims, e.g. after an analyst graded it. */
    void reassess(String incidentId) {
        List<String> ids = store.incidents().claimsOf(List.of(incidentId));
        if (ids.isEmpty()) return;
        List<SourcedClaim> members = store.claims().byIds(ids);
        Incident i = Linker.incident(incidentId, members, store.grades().all().get(incidentId));
        store.incidents().replace(Set.of(incidentId), List.of(i), List.of(), List.of());
    }

    /** The claims to walk from: those unlinked, and every claim that shared an incident with one that changed or left. */
    private List<SourcedClaim> seedClaims(Claims claims, List<Claims.Seed> seeds) {
        List<SourcedClaim> unlinked = claims.unlinked();
        Set<String> touched = new HashSet<>();
        for (Claims.Seed s : seeds) if (s.incidentId() != null) touched.add(s.incidentId());
        touched.addAll(store.incidents().ofClaims(unlinked.stream().map(SourcedClaim::id).toList()).values());
        Map<String, SourcedClaim> out = new LinkedHashMap<>();
        for (SourcedClaim c : unlinked) out.put(c.id(), c);
        for (SourcedClaim c : claims.byIds(store.incidents().claimsOf(touched))) out.putIfAbsent(c.id(), c);
        return new ArrayList<>(out.values());
    }

    /**
     * The stored claims a {@link Relinker.Window} selects, read through caches: claims by the
     * day their linking days begin, tallies by period and copies by evidence key, each asked of
     * the store once per relink, since the windows of neighbouring claims overlap.
     */
    private static Function<Relinker.Window, Collection<SourcedClaim>> cachedNear(Claims claims) {
        long span = claims.longestIncidentSpan();
        record Dated(SourcedClaim claim, long toDay) {}
        Map<Long, List<Dated>> byStartDay = new HashMap<>();
        Map<List<Long>, List<SourcedClaim>> byPeriod = new HashMap<>();
        Map<Long, List<SourcedClaim>> byEvidence = new HashMap<>();
        return w -> {
            List<SourcedClaim> out = new ArrayList<>(byEvidence.computeIfAbsent(w.evidenceKey(), claims::withEvidenceKey));
            if (w.fromDay() == null) return out;
            if (w.aggregate()) {
                out.addAll(byPeriod.computeIfAbsent(List.of(w.fromDay(), w.toDay()), p -> claims.talliesOver(p.get(0), p.get(1))));
                return out;
            }
            for (long day = w.fromDay() - span; day <= w.toDay(); day++) {
                List<Dated> starting = byStartDay.computeIfAbsent(day, d -> claims.incidentsStarting(d).stream()
                        .map(c -> new Dated(c, Relinker.footprint(c).toDay())).toList());
                for (Dated c : starting) if (c.toDay() >= w.fromDay()) out.add(c.claim());
            }
            return out;
        };
    }
}
