package org.raqib.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.raqib.store.ArchivedDocument;
import org.raqib.store.Store;

/**
 * Reads the claims of the stored documents an extractor has not read, one document at a
 * time. A document that fails is recorded with no claims and its failure (so it is not read
 * again until the rules change) and the others go on; one cut short is recorded with a note.
 */
public final class ArchiveExtraction {
    /** What a pass did: documents read, and a line for each one that failed or was cut short. */
    public record Summary(long done, long failed, List<String> problems) {}

    private ArchiveExtraction() {}

    /** {@code progress} is told how many documents are done after each, of {@code store.documentsToExtract(version).size()}. */
    public static Summary run(Store store, GuardedExtractor extractor, String version, List<String> pending,
                              LongConsumer progress) {
        List<String> problems = new ArrayList<>();
        long done = 0, failed = 0;
        for (String sha : pending) {
            ArchivedDocument d = store.documentBySha(sha).orElseThrow();
            GuardedExtractor.Outcome o = extractor.extract(d.document());
            store.replaceClaims(sha, o.claims(), version, o.note());
            if (o.failure() != null) failed++;
            if (o.note() != null) problems.add(sha.substring(0, 12) + " (" + d.document().id() + "): " + o.note());
            progress.accept(++done);
        }
        return new Summary(done, failed, List.copyOf(problems));
    }
}
