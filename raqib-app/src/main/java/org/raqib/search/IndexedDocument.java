package org.raqib.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the search index holds of an archived document: its text and title, its claims'
 * evidence sentences, and the facets (the countries its claims are about, the year, the
 * outlet). {@code signature} changes when any of it does, so re-extraction re-indexes it.
 */
public record IndexedDocument(String sha256, String title, String text, String outlet, String url, LocalDate published,
                              int year, Set<String> countries, List<String> evidence) {
    public String signature() {
        return Integer.toHexString(java.util.Objects.hash(title, text.length(), outlet, url, published, year, countries, evidence));
    }
}
