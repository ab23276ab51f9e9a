package org.raqib.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Arabic search: inflected forms meet, results are highlighted and faceted, the index is incremental. */
class ArabicSearchTest {
    @TempDir
    Path dir;

    @Test
    void inflectedFormsShareATerm() throws IOException {
        Analyzer a = new ArabicSearchAnalyzer();
        List<String> raids = terms(a, "الغارات");
        assertThat(terms(a, "غارة")).allMatch(raids::contains);
        assertThat(terms(a, "بغارة")).containsAnyElementsOf(raids);
        assertThat(terms(a, "وبالغارات")).containsAnyElementsOf(raids);
        assertThat(terms(a, "للغارات")).containsAnyElementsOf(raids);
        // a word that only looks like it has a preposition keeps its own form too
        assertThat(terms(a, "بيروت")).contains("بيروت");
        // a short word is left alone
        assertThat(ProcliticFilter.forms("بيت")).isEmpty();
        assertThat(terms(a, "قتيلا ٤٣")).contains("43");
    }

    @Test
    void findsEveryFormHighlightedAndFaceted() {
        try (SearchIndex index = SearchIndex.open(dir.resolve("idx"))) {
            index.put(doc("a", "قتل ثلاثة مدنيين في الغارات على البلدة مساء أمس.", "one.example", 2019, "SY"));
            index.put(doc("b", "أصيب طفل بغارة استهدفت سوقا شعبيا.", "two.example", 2019, "YE"));
            index.put(doc("c", "وقالت المصادر إن غارة جوية دمرت المبنى.", "two.example", 2020, "SY"));
            index.put(doc("d", "لا علاقة لهذا النص بالموضوع، فهو عن الطقس.", "one.example", 2020, "SY"));
            index.commit();
            for (String q : List.of("الغارات", "غارة", "بغارة")) {
                SearchResult r = index.search(SearchQuery.of(q, null, null, null, 10));
                assertThat(r.hits()).as(q).extracting(SearchResult.Hit::sha256).containsExactlyInAnyOrder("a", "b", "c");
                for (SearchResult.Hit h : r.hits()) {
                    List<String> marked = h.passages().stream().flatMap(List::stream).filter(SearchResult.Piece::match)
                            .map(SearchResult.Piece::text).toList();
                    assertThat(marked).as(q + " in " + h.sha256()).isNotEmpty().allMatch(t -> t.contains("غار"));
                }
                assertThat(r.facets().get("country")).contains(new SearchResult.FacetCount("SY", 2), new SearchResult.FacetCount("YE", 1));
                assertThat(r.facets().get("year")).contains(new SearchResult.FacetCount("2019", 2), new SearchResult.FacetCount("2020", 1));
                assertThat(r.facets().get("outlet")).contains(new SearchResult.FacetCount("two.example", 2));
            }
            SearchResult yemen = index.search(SearchQuery.of("غارة", "YE", null, null, 10));
            assertThat(yemen.hits()).extracting(SearchResult.Hit::sha256).containsExactly("b");
            SearchResult y2020 = index.search(SearchQuery.of("غارة", null, "2020", null, 10));
            assertThat(y2020.hits()).extracting(SearchResult.Hit::sha256).containsExactly("c");
        }
    }

    @Test
    void theIndexKeepsWhatItHoldsAcrossOpeningsAndReplacesChangedDocuments() {
        IndexedDocument a = doc("a", "غارة على المدينة", "one.example", 2021, "IQ");
        try (SearchIndex index = SearchIndex.open(dir.resolve("idx"))) {
            index.put(a);
            index.commit();
        }
        try (SearchIndex index = SearchIndex.open(dir.resolve("idx"))) {
            assertThat(index.holds(a)).isTrue();
            IndexedDocument changed = new IndexedDocument("a", null, a.text(), "one.example", null, null, 2021, Set.of("SY"), List.of("x"));
            assertThat(index.holds(changed)).isFalse();
            index.put(changed);
            index.commit();
            SearchResult r = index.search(SearchQuery.of("غارة", null, null, null, 10));
            assertThat(r.total()).isEqualTo(1);
            assertThat(r.hits().getFirst().countries()).containsExactly("SY");
            index.keepOnly(List.of());
            index.commit();
            assertThat(index.search(SearchQuery.of("غارة", null, null, null, 10)).total()).isZero();
        }
    }

    @Test
    void queryOperatorsAreTakenAsText() {
        try (SearchIndex index = SearchIndex.open(dir.resolve("idx"))) {
            index.put(doc("a", "غارة على المدينة", "one.example", 2021, "IQ"));
            index.commit();
            // query syntax is escaped: unbalanced brackets, quotes and wildcards do not fail the search
            assertThat(index.search(SearchQuery.of("(title:* OR \"غارة", null, null, null, 10)).total()).isBetween(0L, 1L);
            assertThat(index.search(SearchQuery.of("غارة)", null, null, null, 10)).total()).isEqualTo(1);
        }
    }

    private static IndexedDocument doc(String sha, String text, String outlet, int year, String country) {
        return new IndexedDocument(sha, null, text, outlet, "https://" + outlet + "/" + sha, LocalDate.of(year, 1, 1), year,
                Set.of(country), List.of(text));
    }

    private static List<String> terms(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("text", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(t.toString());
            ts.end();
        }
        return out;
    }
}
