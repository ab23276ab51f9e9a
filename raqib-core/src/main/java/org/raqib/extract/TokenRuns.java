package org.raqib.extract;

import java.util.List;
import org.raqib.extract.Lexicons.Harm;
import org.raqib.extract.Lexicons.Victim;
import org.raqib.text.PhraseMatcher.Match;
import org.raqib.text.Token;

/** Small tests over runs of tokens that several rules share: numbers, quotes and brackets between words. */
final class TokenRuns {
    private TokenRuns() {}

    static boolean numberBetween(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) if (t.get(k).isNumber()) return true;
        return false;
    }

    /** The position before skipping quotes and brackets back from token i. */
    static int skipBack(List<Token> t, int i, int from) {
        int k = i;
        while (k > from && (t.get(k - 1).is('"') || t.get(k - 1).is('\'') || opensBracket(t.get(k - 1)) || t.get(k - 1).is(','))) k--;
        return k;
    }

    static boolean opensBracket(Token p) { return p.is('(') || p.is('[') || p.is('{'); }

    static boolean closesBracket(Token p) { return p.is(')') || p.is(']') || p.is('}'); }

    /** The nouns of harm whose complement is who was harmed (not the verbs: "قتل التحالف" names the killer). */
    private static final java.util.Set<String> HARM_NOUNS = java.util.Set.of("مقتل", "اصابه", "استشهاد", "مصرع", "وفاه");

    /** "مقتل"، "بإصابة": a noun of harm, by any of its forms. */
    static boolean harmNoun(Token t) {
        for (String form : t.forms()) if (HARM_NOUNS.contains(form)) return true;
        return false;
    }

    /** A quotation mark ("86" written as “86”). */
    static boolean isQuote(Token p) { return p.is('"') || p.is('“') || p.is('”') || p.is('«') || p.is('»'); }

    /**
     * "انتشلت الطواقم شهيدا"، "عثر عليه قتيلا": the indefinite accusative of the dead at token i is
     * one person, unless a number stands before it, or the one who died is each of those counted
     * before ("كلا منهم سقط شهيدا"); and so is any lone noun of one dead listed with و after a toll of the dead.
     */
    static boolean oneDead(List<Token> t, int i, int from, Match<Victim> noun, CountMention prev) {
        Token w = t.get(i);
        if (noun.value().harm() != Harm.KILLED) return false;
        // "ثلاثة قتلى في تلبيسة وقتيل في الغنطو": one more dead, listed right after a toll of the dead
        if (w.startsWithConjunction() && prev != null && prev.harm() == Harm.KILLED && i - prev.to() <= 5) return true;
        if (!(w.textIs("شهيدا") || w.textIs("قتيلا"))) return false;
        if (i > from && t.get(i - 1).isNumber()) return false;
        for (int k = Math.max(from + 1, i - 4); k < i; k++) {
            if (t.get(k).hasForm("منهم") && (t.get(k - 1).hasForm("كل") || t.get(k - 1).hasForm("كلا"))) return false;
        }
        return true;
    }
}
