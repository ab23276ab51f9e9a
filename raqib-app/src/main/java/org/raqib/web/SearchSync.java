package org.raqib.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.raqib.model.SourcedClaim;
import org.raqib.search.IndexedDocument;
import org.raqib.search.SearchIndex;
import org.raqib.store.ArchivedDocument;

/**
 * Keeps the search index following the record: documents not yet indexed (or whose claims
 * changed) are added, documents gone are removed. Run when the server starts, when a search
 * finds the record changed, and by {@code raqib index}.
 */
public final class SearchSync {
    /** After this many documents added in one go, the index is merged into one segment (see {@link SearchIndex#compact}). */
    static final int COMPACT_AFTER = 1000;

    private final RecordReader record;
    private final SearchIndex index;
    private long syncedVersion = Long.MIN_VALUE;

    public SearchSync(RecordReader record, SearchIndex index) {
        this.record = record;
        this.index = index;
    }

    /** Brings the index up to date if the record changed since the last sync; returns the documents (re)indexed. */
    public synchronized int sync() {
        long version = record.version();
        if (version == syncedVersion) return 0;
        Map<String, List<SourcedClaim>> byDoc = new HashMap<>();
        for (SourcedClaim c : record.claimsById().values()) byDoc.computeIfAbsent(c.docSha(), k -> new ArrayList<>()).add(c);
        List<String> all = new ArrayList<>();
        int added = 0;
        String after = null;
        while (true) {
            List<DocumentInfo> page = record.documents(after, 1000);
            if (page.isEmpty()) break;
            for (DocumentInfo info : page) {
                all.add(info.sha256());
                List<SourcedClaim> claims = byDoc.getOrDefault(info.sha256(), List.of());
                IndexedDocument probe = indexed(info, null, claims);
                if (probe != null && index.holds(probe)) continue;
                ArchivedDocument d = record.document(info.sha256()).orElse(null);
                if (d == null) continue;
                index.put(indexed(info, d.document().text(), claims));
                added++;
            }
            after = page.getLast().sha256();
        }
        index.keepOnly(all);
        if (added >= COMPACT_AFTER) index.compact();
        else index.commit();
        syncedVersion = version;
        return added;
    }

    /**
     * The indexed form of a document. The signature does not depend on the text's content
     * (stored bytes never change under a hash), only its length, so it can be checked before
     * the text is read; with {@code text} null it returns a probe holding the length only.
     */
    static IndexedDocument indexed(DocumentInfo info, String text, List<SourcedClaim> claims) {
        TreeSet<String> countries = new TreeSet<>();
        List<String> evidence = new ArrayList<>();
        for (SourcedClaim c : claims) {
            if (c.claim().place() != null && c.claim().place().country() != null) countries.add(c.claim().place().country());
            if (c.claim().evidence() != null) evidence.add(c.claim().evidence().text());
        }
        int year = info.published() != null ? info.published().getYear()
                : info.capturedAt().atZone(java.time.ZoneOffset.UTC).getYear();
        String body = text != null ? text : " ".repeat(info.textLength());
        return new IndexedDocument(info.sha256(), info.title(), body, info.outlet(), info.url(), info.published(), year,
                countries, evidence);
    }
}
