package org.raqib.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.raqib.json.ClaimJson;
import org.raqib.model.SourcedClaim;
import org.raqib.store.ArchivedDocument;
import org.raqib.store.Store;

/**
 * Analysts' reviews as gold: a document every one of whose machine claims was reviewed becomes
 * an annotated document (the corpus format of {@code shared/corpus/README.md}) whose gold claims
 * are the effective ones (corrections applied, rejected claims left out), so the reviews become
 * the project's measure of accuracy. Claims an extractor missed are not in it yet: the review
 * queue cannot add them.
 */
public final class ReviewedGold {
    private ReviewedGold() {}

    /** The reviewed documents as corpus JSON objects, in document order of the archive. */
    public static List<ObjectNode> documents(Store store) {
        Set<String> reviewed = store.reviews().reviewedIds();
        List<ObjectNode> out = new ArrayList<>();
        List<String> shas = new ArrayList<>();
        store.archive().forEachSha(shas::add);
        for (String sha : shas) {
            ArchivedDocument doc = store.archive().find(sha).orElse(null);
            if (doc == null) continue;
            List<String> machine = store.claims().machineIdsOf(sha);
            if (machine.isEmpty() || !reviewed.containsAll(machine)) continue;
            ObjectNode n = ClaimJson.toJson(doc.document());
            ArrayNode gold = n.putArray("gold");
            for (SourcedClaim c : store.claims().ofDocument(sha)) {
                ObjectNode g = ClaimJson.toJson(c.claim());
                g.remove("doc");
                g.remove("evidence");
                g.put("evidence_text", c.claim().evidence() == null ? null : c.claim().evidence().text());
                gold.add(g);
            }
            n.put("notes", "reviewed by analysts in Raqib");
            out.add(n);
        }
        return out;
    }

    /** The same documents, read as the scorer reads gold files. */
    public static List<GoldDocument> gold(Store store) {
        return documents(store).stream().map(GoldDocument::fromJson).toList();
    }
}
