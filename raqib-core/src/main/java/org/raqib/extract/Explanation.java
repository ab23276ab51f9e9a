package org.raqib.extract;

import java.util.List;
import org.raqib.model.Claim;

/**
 * Why a claim has its values: for each decision, the value it set (a count's field, "source",
 * "stance", "perpetrator", "event_type", "kind", "date", "place"), the named rule that made it
 * (with the rule file's row, e.g. "harm.word-before harm.tsv:12 «مقتل»") and the words of the
 * report it read. Kept apart from the claim, so the claim contract is unchanged.
 */
public record Explanation(Claim claim, List<Step> steps) {
    /** One decision: the value it set, the rule, the words it read ("" when it read none). */
    public record Step(String value, String rule, String words) {}
}
