package org.raqib.assess;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.raqib.model.AccusedStatement;
import org.raqib.model.Assessment;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.Grade;
import org.raqib.model.Range;
import org.raqib.model.SourcedClaim;
import org.raqib.model.Stance;
import org.raqib.text.ArabicNormalizer;
import org.raqib.text.TextFingerprint;

/**
 * Assesses an incident as casualty recorders do.
 * <ul>
 * <li>Independent sources: claims are one source when they come from one document, share
 * their evidence sentence (syndicated copies of one agency text), or name the same
 * organisation as their source (ten outlets quoting the Syrian Observatory are one source).
 * Outlets reporting in their own voice, local sources, medics and activists they quote
 * count per report.</li>
 * <li>Figures: each source's figure is the highest it gave (a toll it raised later); the
 * range is the lowest to the highest of those over sources. An acknowledgement reports harm
 * too, so the accused's own figure is one source of the range; a denial's figures are not.</li>
 * <li>The accused party's statement: acknowledged when a party alleged to have caused the
 * harm acknowledges it, denied when it denies it; the civilian deaths it acknowledged are
 * kept apart as its own assessment.</li>
 * <li>Grade (after Airwars): an analyst's grade wins; else confirmed when acknowledged;
 * contested when sources name different perpetrators; fair with two or more independent
 * sources; weak with one.</li>
 * </ul>
 */
public final class Assessor {
    /** Sources whose name identifies one organisation, whichever outlet quotes them. */
    private static final Set<String> GENERIC_SOURCES = Set.of("LOCAL", "MEDICAL", "OTHER", "MEDIA");

    private Assessor() {}

    public static Assessment assess(List<SourcedClaim> claims, Grade analystGrade) {
        // the claims that say harm happened: allegations, and the accused's own acknowledgements
        List<SourcedClaim> reports = new ArrayList<>();
        for (SourcedClaim c : claims) if (c.claim().stance() != Stance.DENIES) reports.add(c);
        int[] origin = origins(reports);

        Map<Integer, Map<Category, Long>> perSource = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            Map<Category, Long> figures = perSource.computeIfAbsent(origin[i], k -> new EnumMap<>(Category.class));
            reports.get(i).claim().counts().forEach((cat, count) -> {
                if (count.best() != null) figures.merge(cat, count.best(), Math::max);
            });
        }
        Map<Category, Range> ranges = new EnumMap<>(Category.class);
        for (Category cat : Category.values()) {
            Range r = Range.NONE;
            for (Map<Category, Long> figures : perSource.values()) {
                Long v = figures.get(cat);
                if (v != null) r = r.including(v);
            }
            ranges.put(cat, r);
        }

        Map<String, Integer> perpetrators = new LinkedHashMap<>();
        for (SourcedClaim c : reports) {
            if (c.claim().perpetrator() != null) perpetrators.merge(c.claim().perpetrator().actor(), 1, Integer::sum);
        }
        List<String> alleged = new ArrayList<>(perpetrators.keySet());
        alleged.sort((a, b) -> perpetrators.get(b) - perpetrators.get(a));

        AccusedStatement accused = AccusedStatement.NONE;
        Range admitted = Range.NONE;
        for (SourcedClaim c : claims) {
            Claim claim = c.claim();
            String speaker = claim.source() == null ? null : claim.source().actor();
            boolean accusedSpeaks = speaker != null && (perpetrators.containsKey(speaker)
                    || (claim.perpetrator() != null && speaker.equals(claim.perpetrator().actor())));
            if (!accusedSpeaks) continue;
            if (claim.stance() == Stance.ACKNOWLEDGES) {
                accused = AccusedStatement.ACKNOWLEDGED;
                Long civilians = claim.best(Category.CIVILIANS_KILLED);
                if (civilians != null) admitted = admitted.including(civilians);
            } else if (claim.stance() == Stance.DENIES && accused == AccusedStatement.NONE) accused = AccusedStatement.DENIED;
        }

        int sources = perSource.size();
        Grade grade;
        if (analystGrade != null) grade = analystGrade;
        else if (accused == AccusedStatement.ACKNOWLEDGED) grade = Grade.CONFIRMED;
        else if (alleged.size() >= 2) grade = Grade.CONTESTED;
        else if (sources >= 2) grade = Grade.FAIR;
        else grade = Grade.WEAK;

        return new Assessment(ranges.get(Category.KILLED), ranges.get(Category.CIVILIANS_KILLED),
                ranges.get(Category.CHILDREN_KILLED), ranges.get(Category.WOMEN_KILLED),
                ranges.get(Category.COMBATANTS_KILLED), ranges.get(Category.INJURED), sources, alleged, accused, admitted, grade);
    }

    /**
     * For each allegation, the index of the source it belongs to (union of shared document,
     * evidence sentence or named source, and of documents whose text fingerprints are
     * {@link TextFingerprint#copies near-duplicates}: a syndicated copy with another headline).
     */
    private static int[] origins(List<SourcedClaim> claims) {
        int n = claims.size();
        UnionFind sets = new UnionFind(n);
        Map<String, Integer> first = new HashMap<>();
        Map<Long, Integer> firstByFingerprint = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            for (String key : sourceKeys(claims.get(i))) {
                Integer j = first.putIfAbsent(key, i);
                if (j != null) sets.union(i, j);
            }
            long fingerprint = claims.get(i).textFingerprint();
            if (fingerprint != 0) {
                Integer j = firstByFingerprint.putIfAbsent(fingerprint, i);
                if (j != null) sets.union(i, j);
            }
        }
        // fingerprints a few bits apart are copies too; an incident has few distinct texts
        List<Map.Entry<Long, Integer>> texts = new ArrayList<>(firstByFingerprint.entrySet());
        for (int a = 0; a < texts.size(); a++) {
            for (int b = a + 1; b < texts.size(); b++) {
                if (TextFingerprint.copies(texts.get(a).getKey(), texts.get(b).getKey())) {
                    sets.union(texts.get(a).getValue(), texts.get(b).getValue());
                }
            }
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = sets.find(i);
        return out;
    }

    private static List<String> sourceKeys(SourcedClaim c) {
        List<String> keys = new ArrayList<>(4);
        keys.add("doc:" + c.docSha());
        Claim claim = c.claim();
        if (claim.evidence() != null) keys.add("text:" + ArabicNormalizer.normalizeWord(claim.evidence().text()));
        if (claim.source() != null && !GENERIC_SOURCES.contains(claim.source().actor())) {
            keys.add("source:" + claim.source().actor());
        }
        return keys;
    }
}
