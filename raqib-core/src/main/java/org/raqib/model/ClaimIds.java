package org.raqib.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Claim ids that survive new rules: a claim is named by its document, its evidence span and its
 * rank among the document's claims resting on that same span ({@code sha12-start-end-k}). Rules
 * that change a claim's values, or add claims elsewhere in the document, leave its id alone;
 * only a claim whose evidence span moves gets a new one.
 */
public final class ClaimIds {
    private ClaimIds() {}

    /** The ids of a document's claims, in the order given. */
    public static List<String> of(String docSha, List<Claim> claims) {
        String doc = docSha.length() > 12 ? docSha.substring(0, 12) : docSha;
        Map<String, Integer> seen = new HashMap<>();
        List<String> ids = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            Span e = c.evidence();
            String span = e == null ? "-1--1" : e.start() + "-" + e.end();
            int rank = seen.merge(span, 1, Integer::sum);
            ids.add(doc + "-" + span + "-" + rank);
        }
        return ids;
    }
}
