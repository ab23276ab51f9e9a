package org.raqib.extract;

import org.raqib.extract.ClaimExtractor.Context;
import org.raqib.model.Claim;
import org.raqib.model.EventType;
import org.raqib.model.Kind;

/**
 * A row of a list under a statement ("النبطية: 6 شهداء و31 جريحا"): a place or a few words, a
 * colon, then the figures, with no one speaking in it. The row says only where and how many;
 * who gives the figures, who caused the harm and the kind of attack are those the statement
 * above it told (it may give no figure itself: "أسفرت عن الحصيلة التالية:"), and the rows of a
 * tally that name no town of their own are tallies.
 */
final class ListRows {
    /** The marks a row of a list may open with (a dash or a bullet). */
    private static final java.util.Set<String> LIST_MARKS = java.util.Set.of("-", "–", "—", "•", "*", "·");

    /** The words a row's label may have before its colon. */
    private static final int LABEL_WORDS = 4;

    private ListRows() {}

    /** A dash or bullet opening the line, or a label of a few words with no number and no party (النبطية، الشمال) and a colon. */
    static boolean isRow(SentenceFacts f, Context ctx) {
        if (!f.attributions.isEmpty()) return false;
        if (LIST_MARKS.contains(f.tokens.get(f.from).text())) return true; // "- 41 قتيلا على يد قوات النظام"
        for (int k = f.from + 1; k < Math.min(f.to, f.from + LABEL_WORDS + 1); k++) {
            if (!f.tokens.get(k).is(':')) continue;
            for (var a : f.actors) if (a.from() < k) return false; // "الصحة اللبنانية: ...": a speaker, not a row
            for (int j = f.from; j < k; j++) if (f.tokens.get(j).isNumber()) return false;
            return true;
        }
        return false;
    }

    /** The row's claim with what the statement above it told and it does not. */
    static Claim underItsHead(Claim row, Context ctx) {
        ctx.note("claim", "claim.row-of-a-list (a place and a colon: the speaker, attacker and attack told above)", -1, -1);
        Claim head = ctx.lastClaim;
        // a row naming no town of its own (a party's share, a governorate's) is a share of the tally
        boolean tally = head != null && head.kind() == Kind.AGGREGATE && (row.place() == null || row.place().precision() == 3);
        return new Claim(row.doc(), tally ? Kind.AGGREGATE : row.kind(), row.stance(),
                row.source() != null ? row.source() : ctx.lastSource,
                row.perpetrator() != null ? row.perpetrator() : ctx.lastAttacker,
                row.eventType() != EventType.UNKNOWN || ctx.lastEvent == null ? row.eventType() : ctx.lastEvent,
                row.date(), row.place(), row.counts(), row.evidence());
    }
}
