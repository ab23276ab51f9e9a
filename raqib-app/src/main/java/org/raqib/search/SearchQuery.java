package org.raqib.search;

/** A search: the words (at most 200 characters), optional facet values, and how many hits. */
public record SearchQuery(String text, String country, String year, String outlet, int limit) {
    public static SearchQuery of(String text, String country, String year, String outlet, int limit) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("parameter 'q' is required");
        if (text.length() > 200) throw new IllegalArgumentException("parameter 'q' is longer than 200 characters");
        return new SearchQuery(text.strip(), country, year, outlet, limit);
    }
}
