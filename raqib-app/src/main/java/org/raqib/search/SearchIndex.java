package org.raqib.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The full-text index of archived documents and their claims' evidence (Lucene, in a folder
 * beside the data). Documents are added or replaced one by one ({@link #put}), keyed by
 * hash, so the index follows the archive incrementally; {@link #clear} starts it afresh.
 * Results are highlighted and faceted by country, year and outlet.
 */
public final class SearchIndex implements AutoCloseable {
    static final String[] FIELDS = {"text", "title", "evidence"};
    private static final List<String> FACETS = List.of("country", "year", "outlet");

    private final Analyzer analyzer = new ArabicSearchAnalyzer();
    private final FacetsConfig facets = new FacetsConfig();
    private final Directory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** The signature of each indexed document, by hash. */
    private final Map<String, String> signatures = new HashMap<>();
    private volatile FacetState facetState;

    private record FacetState(DirectoryReader reader, SortedSetDocValuesReaderState state) {}

    private SearchIndex(Path folder) throws IOException {
        Files.createDirectories(folder);
        facets.setMultiValued("country", true);
        dir = FSDirectory.open(folder);
        try {
            writer = new IndexWriter(dir, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (LockObtainFailedException e) {
            dir.close();
            throw new IllegalStateException("the search index " + folder + " is in use by another process (a running 'raqib serve'?)", e);
        }
        writer.commit();
        searchers = new SearcherManager(writer, null);
        IndexSearcher s = searchers.acquire();
        try {
            StoredFields stored = s.getIndexReader().storedFields();
            var live = org.apache.lucene.index.MultiBits.getLiveDocs(s.getIndexReader());
            for (int d = 0; d < s.getIndexReader().maxDoc(); d++) {
                if (live != null && !live.get(d)) continue;
                Document doc = stored.document(d, java.util.Set.of("sha", "sig"));
                signatures.put(doc.get("sha"), doc.get("sig"));
            }
        } finally {
            searchers.release(s);
        }
    }

    public static SearchIndex open(Path folder) {
        try {
            return new SearchIndex(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Whether the index holds this version of the document. */
    public synchronized boolean holds(IndexedDocument d) { return d.signature().equals(signatures.get(d.sha256())); }

    public synchronized int size() { return signatures.size(); }

    /** Adds a document, or replaces the indexed version of it. Visible to searches after {@link #commit}. */
    public synchronized void put(IndexedDocument d) {
        Document doc = new Document();
        doc.add(new StringField("sha", d.sha256(), Field.Store.YES));
        doc.add(new StoredField("sig", d.signature()));
        if (d.title() != null) doc.add(new TextField("title", d.title(), Field.Store.YES));
        doc.add(new TextField("text", d.text(), Field.Store.YES));
        doc.add(new TextField("evidence", String.join("\n", d.evidence()), Field.Store.YES));
        if (d.outlet() != null) {
            doc.add(new StoredField("outlet", d.outlet()));
            doc.add(new SortedSetDocValuesFacetField("outlet", d.outlet()));
        }
        if (d.url() != null) doc.add(new StoredField("url", d.url()));
        if (d.published() != null) doc.add(new StoredField("published", d.published().toString()));
        doc.add(new SortedSetDocValuesFacetField("year", Integer.toString(d.year())));
        for (String c : d.countries()) {
            doc.add(new StoredField("country", c));
            doc.add(new SortedSetDocValuesFacetField("country", c));
        }
        try {
            writer.updateDocument(new Term("sha", d.sha256()), facets.build(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        signatures.put(d.sha256(), d.signature());
    }

    /** Removes documents no longer in the archive. */
    public synchronized void keepOnly(Collection<String> shas) {
        var keep = new java.util.HashSet<>(shas);
        for (String sha : new ArrayList<>(signatures.keySet())) {
            if (keep.contains(sha)) continue;
            try {
                writer.deleteDocuments(new Term("sha", sha));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            signatures.remove(sha);
        }
    }

    /** Empties the index (for a rebuild). */
    public synchronized void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        signatures.clear();
    }

    /**
     * Merges the index into one segment. Facet counts over many segments go through a map of
     * each segment's ordinals, which took most of a search's time on 100,000 documents; worth
     * it after a large batch of additions, not after each small one.
     */
    public synchronized void compact() {
        try {
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        commit();
    }

    /** Makes what was put durable and visible to searches. */
    public synchronized void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SearchResult search(SearchQuery q) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return search(s, q);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchResult search(IndexSearcher s, SearchQuery q) throws IOException {
        if (s.getIndexReader().numDocs() == 0) return new SearchResult(0, List.of(), Map.of());
        Query base;
        try {
            MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer, Map.of("title", 2f, "evidence", 1.5f, "text", 1f));
            parser.setDefaultOperator(QueryParser.Operator.AND);
            base = parser.parse(QueryParser.escape(q.text()));
        } catch (ParseException e) {
            throw new IllegalArgumentException("parameter 'q' cannot be searched: " + e.getMessage());
        }
        DrillDownQuery query = new DrillDownQuery(facets, base);
        if (q.country() != null) query.add("country", q.country());
        if (q.year() != null) query.add("year", q.year());
        if (q.outlet() != null) query.add("outlet", q.outlet());
        FacetsCollector fc = new FacetsCollector();
        TopDocs top = FacetsCollector.search(s, query, q.limit(), fc);
        Map<String, List<SearchResult.FacetCount>> counts = new LinkedHashMap<>();
        Facets f = new SortedSetDocValuesFacetCounts(facetState(s), fc);
        for (String dim : FACETS) {
            List<SearchResult.FacetCount> values = new ArrayList<>();
            try {
                FacetResult r = f.getTopChildren(20, dim);
                if (r != null) for (LabelAndValue lv : r.labelValues) values.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
            } catch (IllegalArgumentException noSuchDimension) {
                // no indexed document has this facet yet
            }
            counts.put(dim, values);
        }
        int[] ids = new int[top.scoreDocs.length];
        for (int k = 0; k < ids.length; k++) ids[k] = top.scoreDocs[k].doc;
        Map<String, Object[]> passages = new PiecesHighlighter(s, analyzer).passages("text", base, ids, 3);
        List<SearchResult.Hit> hits = new ArrayList<>();
        StoredFields stored = s.getIndexReader().storedFields();
        for (int k = 0; k < ids.length; k++) {
            ScoreDoc sd = top.scoreDocs[k];
            Document d = stored.document(sd.doc);
            @SuppressWarnings("unchecked")
            List<List<SearchResult.Piece>> p = passages.get("text")[k] == null ? List.of() : (List<List<SearchResult.Piece>>) passages.get("text")[k];
            hits.add(new SearchResult.Hit(d.get("sha"), d.get("title"), d.get("outlet"), d.get("url"), d.get("published"),
                    List.of(d.getValues("country")), p));
        }
        return new SearchResult(top.totalHits.value, hits, counts);
    }

    /** Facet ordinals are read once per opened reader. */
    private SortedSetDocValuesReaderState facetState(IndexSearcher s) throws IOException {
        FacetState st = facetState;
        DirectoryReader reader = (DirectoryReader) s.getIndexReader();
        if (st == null || st.reader() != reader) {
            st = new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader, facets));
            facetState = st;
        }
        return st.state();
    }

    /** Lucene's unified highlighter, giving passages as pieces of text ({@link PiecesFormatter}). */
    private static final class PiecesHighlighter extends UnifiedHighlighter {
        PiecesHighlighter(IndexSearcher s, Analyzer analyzer) {
            super(UnifiedHighlighter.builder(s, analyzer).withFormatter(new PiecesFormatter()).withMaxLength(200_000));
        }

        Map<String, Object[]> passages(String field, Query q, int[] ids, int max) throws IOException {
            return highlightFieldsAsObjects(new String[] {field}, q, ids, new int[] {max});
        }
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.close();
            dir.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
