package org.raqib.extract;

import org.raqib.extract.ClaimExtractor.Context;
import org.raqib.extract.ClaimExtractor.Segment;
import org.raqib.rules.WordSet;
import org.raqib.text.Token;

/**
 * Whether a toll is what a war has done, its whole toll (a tally): "قتلوا في الصراع"، "حرب اليمن
 * أسقطت"، "النزاع الذي أوقع"، "حرب أهلية، قتل خلالها 300 ألف"، "الحرب التي اندلعت في نيسان، أسفرت
 * عن". Not a war some other word governs with an attack the verb's subject: "في ظل الحرب، أسفرت غارة عن".
 */
final class WarTolls {
    private final Lexicons lex;

    WarTolls(Lexicons lex) { this.lex = lex; }

    /** Whether the toll of tokens [from, to) of the segment is a war's (noting the rule), for a sentence that names a war. */
    boolean isTheToll(SentenceFacts f, Segment seg, int from, int to, Context ctx) {
        for (int k = from; k < to; k++) {
            if (!lex.has(f.tokens.get(k), WordSet.WAR)) continue;
            // "قتلوا في الصراع": killed in the war, its whole toll (a definite war right after في)
            if (k > from && f.tokens.get(k - 1).textIs("في") && f.tokens.get(k).text().startsWith("ال")) {
                ctx.note("kind", "kind.killed-in-the-war (في الحرب، في الصراع)", k - 1, k + 1);
                return true;
            }
            // "النزاع في صيف 2014 الذي أوقع": the war, then what it did in a relative clause
            for (int j = k + 1; j < Math.min(to - 1, k + RELATIVE_WINDOW); j++) {
                if (lex.has(f.tokens.get(j), WordSet.RELATIVE) && lex.has(f.tokens.get(j + 1), WordSet.WAR_TOLL_VERB)) {
                    ctx.note("kind", "kind.a-war's-toll (words.tsv war, relative, war-toll-verb)", k, j + 2);
                    return true;
                }
            }
            // the war before its verb (حرب اليمن أسقطت، حرب واسعة في 23 أيلول، ما أسفر عن: past the date of
            // its start) or right after it (أدى الصراع إلى، أسفرت الحرب عن)
            int reach = k + 4;
            for (var d : f.dates(k, Math.min(to, k + 12), ctx)) if (d.from() <= reach + 1) reach = Math.max(reach, d.to() + 3);
            // (not "في ظل الحرب، أسفرت غارة عن": the war a preposition's object, an attack the verb's subject)
            boolean governed = k > f.from && f.tokens.get(k - 1).textIsOneOf(GOVERNING);
            for (int j = Math.max(from, k - 2); j < Math.min(to, reach) && !governed; j++) {
                if (j != k && lex.has(f.tokens.get(j), WordSet.WAR_TOLL_VERB) && (j < k || f.first(j + 1, Math.min(to, j + 3), Cue.EVENTS) == null)) {
                    ctx.note("kind", "kind.a-war's-toll (words.tsv war, war-toll-verb)", Math.min(j, k), Math.max(j, k) + 1);
                    return true;
                }
            }
        }
        int before = warBeforeTheClause(f, from, seg.countsFrom(), ctx);
        if (before >= 0) ctx.note("kind", "kind.a-war's-toll (words.tsv war, its clause before the toll's: خلالها، أسفرت)", before, before + 1);
        return before >= 0;
    }

    /**
     * The war a toll's clause goes on from, named before its comma: "حرب أهلية، قتل خلالها 300 ألف" (during
     * it), "الحرب التي اندلعت في نيسان، أسفرت عن مقتل" (a war-toll verb opening the clause, no attack its
     * subject). The war must be no preposition's object, with no figure between (a year may be).
     * Returns the war's token, or -1.
     */
    private int warBeforeTheClause(SentenceFacts f, int from, int countsFrom, Context ctx) {
        int opens = -1;
        for (int k = from; k < countsFrom && opens < 0; k++) {
            Token t = f.tokens.get(k);
            // the verb opening a clause (after a comma, قد allowed), its subject not an attack (أسفرت غارة عن)
            boolean verb = lex.has(t, WordSet.WAR_TOLL_VERB) && f.first(k + 1, Math.min(countsFrom, k + 3), Cue.EVENTS) == null
                    && (k == f.from || comma(f.tokens.get(k - 1)) || k - 2 >= f.from && comma(f.tokens.get(k - 2)));
            if (verb || t.textIsOneOf(DURING_IT)) opens = k;
        }
        if (opens < 0) return -1;
        var dates = f.dates(Math.max(f.from, opens - WAR_BEFORE_WINDOW), opens, ctx);
        for (int k = opens - 1; k >= Math.max(f.from, opens - WAR_BEFORE_WINDOW); k--) {
            Token t = f.tokens.get(k);
            int at = k;
            boolean year = t.isNumber() && t.text().length() == 4 && (t.text().startsWith("19") || t.text().startsWith("20"));
            if (t.isNumber() && !year && dates.stream().noneMatch(d -> d.from() <= at && at < d.to())) return -1; // a figure
            if (!lex.has(t, WordSet.WAR)) continue;
            boolean object = k > f.from && f.tokens.get(k - 1).textIsOneOf(GOVERNING);
            return object ? -1 : k;
        }
        return -1;
    }

    private static boolean comma(Token t) { return t.is(','); } // (the normalizer folds ، into ,)

    private static final int RELATIVE_WINDOW = 10;
    private static final int WAR_BEFORE_WINDOW = 15;
    private static final String[] DURING_IT = {"خلالها", "خلاله", "فيها", "وخلالها"};
    /** Words whose object the war is, not the subject of the clause after it. */
    private static final String[] GOVERNING = {"في", "ظل", "وفي", "خلال", "مع", "بسبب", "جراء", "اثناء", "منذ", "بعد", "قبل"};
}
