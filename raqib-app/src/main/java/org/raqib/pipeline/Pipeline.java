package org.raqib.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.Consumer;
import org.raqib.ingest.Ingester;
import org.raqib.model.Grade;
import org.raqib.store.ArchivedDocument;
import org.raqib.store.Claims;
import org.raqib.store.LinkConstraints;
import org.raqib.store.Store;

/**
 * Raqib's application layer: what the command line does today and a server or a crawler does
 * tomorrow, each step one method — ingest reports into the archive, extract the claims of the
 * documents the current rules have not read, relink what changed, and record analysts'
 * decisions. Holds no state but its store and extraction; callers report progress their way.
 */
public final class Pipeline {
    private final Store store;
    private final Extraction extraction;
    private final GuardedExtractor extractor;
    private final Linking linking;

    public Pipeline(Store store, Extraction extraction) {
        this(store, extraction, new GuardedExtractor(extraction.extractor()));
    }

    /** With the extractor's bounds or behaviour replaced (tests). */
    Pipeline(Store store, Extraction extraction, GuardedExtractor extractor) {
        this.store = store;
        this.extraction = extraction;
        this.extractor = extractor;
        this.linking = new Linking(store);
    }

    public Store store() { return store; }

    public Extraction extraction() { return extraction; }

    /** Archives reports (files, folders, feeds, URLs); warnings and each failed input are reported by the ingester. */
    public Ingester.Result ingest(List<String> inputs, String outlet, Consumer<String> warnings,
                                  Consumer<Ingester.Progress> progress) {
        return new Ingester(store, outlet, warnings).ingest(inputs, progress);
    }

    /**
     * What an extraction pass did: documents read (failed ones included), claims new, changed
     * and removed, documents that failed, and a line for each document that failed or was cut short.
     */
    public record ExtractReport(long documents, long claimsAdded, long claimsChanged, long claimsRemoved, long failed,
                                List<String> problems) {}

    /**
     * Extracts the claims of the documents the current rules have not read: new ones, and all
     * of them after the rules or the gazetteer changed, so improved rules reach old reports
     * too. {@code all}: read every document again (recorded under the current rules' version,
     * so the next plain run reads nothing again). One document at a time, bounded
     * ({@link GuardedExtractor}): a document that fails is recorded with no claims and its
     * failure (it is not read again until the rules change) and the others go on; one cut
     * short is recorded with a note.
     */
    public ExtractReport extract(boolean all, Progress progress) {
        List<String> pending = all ? allDocuments() : store.claims().toExtract(extraction.version());
        long done = 0, added = 0, changed = 0, removed = 0, failed = 0;
        List<String> problems = new ArrayList<>();
        for (String sha : pending) {
            Optional<ArchivedDocument> d = store.archive().bySha(sha);
            if (d.isPresent()) {
                GuardedExtractor.Outcome o = extractor.extract(d.get().document());
                Claims.Replaced r = store.claims().replace(d.get(), o.claims(), extraction.version(), o.note());
                added += r.added();
                changed += r.changed();
                removed += r.removed();
                if (o.failure() != null) failed++;
                if (o.note() != null) problems.add(sha.substring(0, 12) + " (" + d.get().document().id() + "): " + o.note());
            }
            progress.update(++done, pending.size(), "documents");
        }
        progress.finish(done, pending.size(), "documents");
        return new ExtractReport(done, added, changed, removed, failed, List.copyOf(problems));
    }

    /** What a relink did. */
    public record LinkReport(int claimsRelinked, int incidents, int created, int split, int merged, int retired) {}

    /** Relinks the claims that new, changed or removed claims can reach, and stores the incidents. */
    public LinkReport relink() {
        Linking.Report r = linking.relink(extraction.linkerVersion());
        return new LinkReport(r.claimsRelinked(), r.incidents(), r.created(), r.split(), r.merged(), r.retired());
    }

    /**
     * An analyst's grade for an incident (its current id: one merged into another is followed),
     * audited; the incident is assessed again at once. Returns the id graded.
     *
     * @throws IllegalArgumentException no such incident, or no analyst named
     */
    public String grade(String incidentId, Grade grade, String analyst, String reason) {
        if (analyst == null || analyst.isBlank()) throw new IllegalArgumentException("an analyst must be named");
        String id = store.incidents().current(incidentId)
                .filter(i -> store.incidents().find(i).isPresent())
                .orElseThrow(() -> new IllegalArgumentException("no incident '" + incidentId + "'"));
        store.grades().set(id, grade, analyst.strip(), reason == null || reason.isBlank() ? null : reason.strip());
        linking.reassess(id);
        return id;
    }

    /**
     * An editor's merge of two incidents: every claim of one must be linked with every claim of
     * the other (replacing earlier splits between them), kept on every later relink. Returns the
     * merged incident's id.
     */
    public String merge(String incidentA, String incidentB, String editor, String reason) {
        List<String> a = claimsOfIncident(incidentA), b = claimsOfIncident(incidentB);
        List<LinkConstraints.Constraint> decisions = new ArrayList<>();
        for (String x : a) for (String y : b) decisions.add(new LinkConstraints.Constraint(x, y, LinkConstraints.Kind.MUST));
        store.constraints().record(decisions, editor, reason);
        relink();
        return store.incidents().ofClaims(List.of(a.getFirst())).get(a.getFirst());
    }

    /**
     * An editor's split: a claim is kept apart from the other claims of its incident. The
     * claim's incident starts unpublished (audited) until an editor publishes it; the other
     * claims keep their incident's publication. Returns the claim's incident's id.
     */
    public String split(String claimId, String editor, String reason) {
        String from = store.incidents().ofClaims(List.of(claimId)).get(claimId);
        List<String> others = from == null ? List.of() : store.incidents().claimsOf(List.of(from)).stream()
                .filter(c -> !c.equals(claimId)).toList();
        String now = move(claimId, null, editor, reason);
        String why = "split out of " + from + ": unpublished until an editor publishes it";
        if (now != null && !now.equals(from)) {
            store.publication().startUnpublished(now, editor, why);
        } else if (now != null) {
            // the id stayed with the claim (a tie goes to the part with the smallest claim id): the
            // other claims' new incident takes the decision made on theirs, and the claim's is withdrawn
            Boolean decided = store.publication().decisions().get(from);
            Set<String> rest = new HashSet<>(store.incidents().ofClaims(others).values());
            rest.remove(from);
            if (decided != null) {
                for (String r : rest) store.publication().set(r, decided, editor, "carried over from " + from + ", which a claim was split out of");
            }
            store.publication().set(from, false, editor, why);
        }
        return now;
    }

    /**
     * An editor moves a claim out of its incident (kept apart from its other claims) and, unless
     * the target is null, into another (linked with its claims). Returns the claim's incident's id.
     */
    public String move(String claimId, String targetIncident, String editor, String reason) {
        String from = store.incidents().ofClaims(List.of(claimId)).get(claimId);
        if (from == null) throw new IllegalArgumentException("the claim '" + claimId + "' is in no incident");
        List<LinkConstraints.Constraint> decisions = new ArrayList<>();
        for (String other : store.incidents().claimsOf(List.of(from))) {
            decisions.add(new LinkConstraints.Constraint(claimId, other, LinkConstraints.Kind.CANNOT));
        }
        if (targetIncident != null) {
            for (String other : claimsOfIncident(targetIncident)) {
                decisions.add(new LinkConstraints.Constraint(claimId, other, LinkConstraints.Kind.MUST));
            }
        }
        store.constraints().record(decisions, editor, reason);
        relink();
        return store.incidents().ofClaims(List.of(claimId)).get(claimId);
    }

    private List<String> claimsOfIncident(String incidentId) {
        String id = store.incidents().current(incidentId).orElse(incidentId);
        List<String> claims = store.incidents().claimsOf(List.of(id));
        if (claims.isEmpty()) throw new IllegalArgumentException("no incident '" + incidentId + "'");
        return claims;
    }

    private List<String> allDocuments() {
        List<String> all = new ArrayList<>();
        store.archive().forEachSha(all::add);
        return all;
    }
}
