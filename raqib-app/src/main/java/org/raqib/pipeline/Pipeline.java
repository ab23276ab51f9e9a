package org.raqib.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.raqib.ingest.Ingester;
import org.raqib.model.Claim;
import org.raqib.model.Grade;
import org.raqib.store.ArchivedDocument;
import org.raqib.store.Claims;
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
    private final Linking linking;

    public Pipeline(Store store, Extraction extraction) {
        this.store = store;
        this.extraction = extraction;
        this.linking = new Linking(store);
    }

    public Store store() { return store; }

    public Extraction extraction() { return extraction; }

    /** Archives reports (files, folders, feeds, URLs); warnings and each failed input are reported by the ingester. */
    public Ingester.Result ingest(List<String> inputs, String outlet, Consumer<String> warnings,
                                  Consumer<Ingester.Progress> progress) {
        return new Ingester(store, outlet, warnings).ingest(inputs, progress);
    }

    /** What an extraction pass did; {@code failures} name each document that could not be read and why. */
    public record ExtractReport(long documents, long claimsAdded, long claimsChanged, long claimsRemoved,
                                List<String> failures) {}

    /**
     * Extracts the claims of the documents the current rules have not read: new ones, and all
     * of them after the rules or the gazetteer changed, so improved rules reach old reports
     * too. {@code all}: read every document again (recorded under the current rules' version,
     * so the next plain run reads nothing again). A document whose extraction fails is named
     * in the report and the others go on.
     */
    public ExtractReport extract(boolean all, Progress progress) {
        List<String> pending = all ? allDocuments() : store.claims().toExtract(extraction.version());
        long done = 0, added = 0, changed = 0, removed = 0;
        List<String> failures = new ArrayList<>();
        for (String sha : pending) {
            Optional<ArchivedDocument> d = store.archive().bySha(sha);
            if (d.isPresent()) {
                try {
                    List<Claim> claims = extraction.extractor().extract(d.get().document());
                    Claims.Replaced r = store.claims().replace(d.get(), claims, extraction.version());
                    added += r.added();
                    changed += r.changed();
                    removed += r.removed();
                } catch (RuntimeException | StackOverflowError e) {
                    failures.add("sha256:" + sha + " (" + d.get().document().id() + "): " + e);
                }
            }
            progress.update(++done, pending.size(), "documents");
        }
        progress.finish(done, pending.size(), "documents");
        return new ExtractReport(done, added, changed, removed, failures);
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

    private List<String> allDocuments() {
        List<String> all = new ArrayList<>();
        store.archive().forEachSha(all::add);
        return all;
    }
}
