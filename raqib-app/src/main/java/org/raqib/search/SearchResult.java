package org.raqib.search;

import java.util.List;
import java.util.Map;

/**
 * Hits with their highlighted passages, and facet counts (country, year, outlet) over all
 * matching documents. Passages are pieces of plain text with {@code match} set on the words
 * found; whoever shows them escapes them.
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {
    public record Hit(String sha256, String title, String outlet, String url, String published, List<String> countries,
                      List<List<Piece>> passages) {}

    public record Piece(String text, boolean match) {}

    public record FacetCount(String value, long count) {}
}
