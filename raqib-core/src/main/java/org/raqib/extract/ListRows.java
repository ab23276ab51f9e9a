package org.raqib.extract;

import java.util.EnumMap;
import java.util.Map;
import org.raqib.extract.ClaimExtractor.Context;
import org.raqib.model.Category;
import org.raqib.model.Count;
import org.raqib.model.Claim;
import org.raqib.model.EventType;
import org.raqib.model.Kind;

/**
 * A row of a list under a statement: a place or a few words and a colon before its figures
 * ("البقاع: 4 قتلى و9 جرحى"), or a dash or bullet opening the line ("- 41 قتيلا على يد ..."), with
 * no one speaking in it. The row says where and how many; who gives the figures is who the
 * statement above it named, and the rows of a tally that name no town of their own are shares
 * of that tally. A labelled row also takes the attacker and the kind of attack told above (the
 * statement may give no figure itself: "أسفرت عن الحصيلة التالية:"); a dashed row does not,
 * since a list may go on from rows that name their own party to rows by governorate. A row of a
 * tally stays a tally unless it names both a town and an attack of its own; a row that names
 * only a governorate and no attack is a tally whatever the head (it sums that governorate's
 * strikes). The rows of a tally of civilians count civilians, whatever word they use for the dead.
 */
final class ListRows {
    /** The marks a row of a list may open with (a dash or a bullet). */
    private static final java.util.Set<String> LIST_MARKS = java.util.Set.of("-", "–", "—", "•", "*", "·");
    /** The words a row's label may have before its colon. */
    private static final int LABEL_WORDS = 4;

    private ListRows() {}

    static boolean isRow(SentenceFacts f) {
        if (!f.attributions.isEmpty()) return false;
        return LIST_MARKS.contains(f.tokens.get(f.from).text()) || labelled(f);
    }

    /** A label of a few words with no number and no party, then a colon ("النبطية:"، "• الشمال:"). */
    private static boolean labelled(SentenceFacts f) {
        for (int k = f.from + 1; k < Math.min(f.to, f.from + LABEL_WORDS + 2); k++) {
            if (!f.tokens.get(k).is(':')) continue;
            for (var a : f.actors) if (a.from() < k) return false; // "الصحة اللبنانية: ...": a speaker, not a row
            for (int j = f.from; j < k; j++) if (f.tokens.get(j).isNumber()) return false;
            return true;
        }
        return false;
    }

    /** The row's claim with what the statement above it told and it does not. */
    static Claim underItsHead(Claim row, SentenceFacts f, Context ctx) {
        boolean labelled = labelled(f);
        ctx.note("claim", "claim.row-of-a-list (" + (labelled ? "a label and a colon: the speaker, attacker and attack told above)"
                : "a dash: the speaker told above)"), -1, -1);
        Claim head = ctx.lastClaim;
        boolean wholeDivision = row.place() != null && row.place().precision() != null && row.place().precision() == 3;
        // "– النبطية: 7 شهداء و19 جريحا": a governorate's row, with no attack of its own, sums its strikes
        boolean tally = head != null && head.kind() == Kind.AGGREGATE && (row.place() == null || wholeDivision || row.eventType() == EventType.UNKNOWN)
                || wholeDivision && row.eventType() == EventType.UNKNOWN;
        Map<Category, Count> counts = row.counts();
        if (tally && head != null && head.counts().containsKey(Category.CIVILIANS_KILLED) && !head.counts().containsKey(Category.KILLED)
                && counts.containsKey(Category.KILLED) && !counts.containsKey(Category.CIVILIANS_KILLED)) {
            // "بلغ عدد الشهداء المدنيين 86 ... – 113 شهيدا على يد ...": the rows of a tally of civilians count civilians
            counts = new EnumMap<>(counts);
            counts.put(Category.CIVILIANS_KILLED, counts.remove(Category.KILLED));
        }
        return new Claim(row.doc(), tally ? Kind.AGGREGATE : row.kind(), row.stance(),
                row.source() != null ? row.source() : ctx.lastSource,
                row.perpetrator() != null || !labelled ? row.perpetrator() : ctx.lastAttacker,
                row.eventType() != EventType.UNKNOWN || ctx.lastEvent == null || !labelled ? row.eventType() : ctx.lastEvent,
                row.date(), row.place(), counts, row.evidence());
    }
}
