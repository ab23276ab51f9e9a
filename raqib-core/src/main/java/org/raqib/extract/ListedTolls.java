package org.raqib.extract;

import java.util.List;
import org.raqib.extract.Lexicons.Group;
import org.raqib.text.Token;

/**
 * A toll listed after another under the same harm word ("ثلاثة أطفال وامرأة"، "سيدة حامل
 * وطفلة"، "تسعة من عناصر تنظيم داعش و11 مدنيا"): it takes the harm of the toll before it.
 */
final class ListedTolls {
    private final Lexicons lex;

    ListedTolls(Lexicons lex) { this.lex = lex; }

    /** Whether the count at token i goes on with the toll before it. */
    boolean continues(List<Token> t, int i, CountMention prev, NumberMatch num) {
        if (num != null && displaced(t, num.to())) return false; // "1200 جريح و50 ألف نازح": the displaced are no toll
        return joinedByAnd(t, i, prev) || continuesPastDescription(t, i, prev, num) || continuesPastParty(t, i, prev)
                || continuesPastPlace(t, i, prev) || num != null && inAdditionTo(t, i, prev);
    }

    /** "قتل ستة مدنيين في القصف على الحي، فضلا عن أربعة آخرين في قرية": a number, more of the same toll, besides it. */
    private static boolean inAdditionTo(List<Token> t, int i, CountMention prev) {
        if (i < 2 || i - prev.to() > 12) return false;
        String b = t.get(i - 1).text();
        return addsTo(t.get(i - 2)) && (b.equals("عن") || b.equals("الي") || b.equals("علي"));
    }

    /** "فضلا"، "إضافة"، "بالإضافة"، "علاوة": what follows is added to the figure before it. */
    static boolean addsTo(Token t) {
        return t.hasForm("اضافه") || t.hasForm("فضلا") || t.hasForm("علاوه");
    }

    /**
     * "قتل 8 أشخاص في بلدة الخيام و5 أشخاص في بلدة شمسطار": the toll before, its place
     * (في / على / ب... and names only), then و and the next toll, in the next place.
     */
    private boolean continuesPastPlace(List<Token> t, int i, CountMention prev) {
        boolean separateAnd = i > 0 && t.get(i - 1).textIs("و");
        int end = separateAnd ? i - 1 : i;
        int gap = end - prev.to();
        if (gap < 2 || gap > 8 || !(separateAnd || t.get(i).startsWithConjunction())) return false;
        String first = t.get(prev.to()).text();
        if (!(first.equals("في") || first.equals("علي") || first.startsWith("ب"))) return false;
        for (int k = prev.to(); k < end; k++) {
            Token w = t.get(k);
            if (w.is(',')) continue;
            if (!w.isWord() || w.isNumber() || lex.victims.matchAt(t, k, i) != null || lex.harm.matchAt(t, k, i) != null
                    || lex.cues.matchAt(t, k, i) != null || lex.attribution.matchAt(t, k, i) != null) return false;
        }
        return true;
    }

    /** Whether the count continues the one before with "و": ثلاثة أطفال وامرأة. */
    private static boolean joinedByAnd(List<Token> t, int i, CountMention prev) {
        int gap = i - prev.to();
        if (gap == 0) return t.get(i).startsWithConjunction();
        if (gap == 1) return t.get(i - 1).textIs("و") || (t.get(i - 1).is(',') && t.get(i).startsWithConjunction());
        return gap == 2 && t.get(i - 2).is(',') && t.get(i - 1).textIs("و"); // "123 طفلا، و 59 سيدة"
    }

    /**
     * "مقتل سبعة من مسلحي تنظيم "داعش" و4 مدنيين": fighters named by their
     * party, then و and the next toll under the same harm word. Only names may stand between.
     */
    private boolean continuesPastParty(List<Token> t, int i, CountMention prev) {
        boolean separateAnd = i > 0 && t.get(i - 1).textIs("و");
        int end = separateAnd ? i - 1 : i; // و11 may be written و 11
        int gap = end - prev.to();
        if (prev.group() != Group.COMBATANT || gap < 2 || gap > 8 || !(separateAnd || t.get(i).startsWithConjunction())) return false;
        for (int k = prev.to(); k < end; k++) {
            Token w = t.get(k);
            if (!org.raqib.text.PhraseMatcher.isSkippable(w) && (!w.isWord() || w.isNumber() || lex.victims.matchAt(t, k, i) != null
                    || lex.harm.matchAt(t, k, i) != null || lex.cues.matchAt(t, k, i) != null)) return false;
        }
        return true;
    }

    /** "سيدة حامل وطفلة": a singular noun joined by و after one word describing the noun before. */
    private boolean continuesPastDescription(List<Token> t, int i, CountMention prev, NumberMatch num) {
        if (num != null || i - prev.to() != 1 || !t.get(i).startsWithConjunction()) return false;
        Token between = t.get(i - 1);
        return between.isWord() && !between.isNumber() && lex.victims.matchAt(t, i - 1, i) == null
                && lex.harm.matchAt(t, i - 1, i) == null && lex.cues.matchAt(t, i - 1, i) == null;
    }

    /** People driven from their homes: listed after a toll, they are not more of it. */
    private static final java.util.Set<String> DISPLACED = java.util.Set.of("نازح", "نازحين", "نازحون", "مهجر", "مهجرين", "مشرد",
            "مشردين");

    private static boolean displaced(List<Token> t, int k) {
        if (k >= t.size()) return false;
        for (String form : t.get(k).forms()) if (DISPLACED.contains(form)) return true;
        return false;
    }
}
