package org.raqib.extract;

import org.raqib.resolve.ActorDictionary.ActorMatch;
import org.raqib.rules.WordSet;
import org.raqib.text.PhraseMatcher;
import org.raqib.text.Token;

/** Where a party's name stands against the harm: the target of an attack, or the hands it was done by. */
final class PartyPositions {
    private PartyPositions() {}

    /**
     * "هاجموا موقعا للشرطة"، "استهدفت مقرا للجيش": a party written with ل after the object of an
     * attack owns what was attacked (not "غارات للتحالف" nor "غارة جوية للتحالف", where ل follows the
     * attack and its adjective: the object is known by its accusative alef).
     */
    static boolean targetOfTheAttack(SentenceFacts f, ActorMatch m) {
        if (m.beginsWithLam() || m.from() - 2 < f.from || !f.tokens.get(m.from()).text().startsWith("ل")) return false;
        int object = m.from() - 1;
        String objectWord = f.tokens.get(object).text();
        if (!objectWord.endsWith("ا") || f.first(object, object + 1, Cue.EVENTS) != null) return false;
        return f.first(Math.max(f.from, object - 2), object, Cue.EVENTS) != null;
    }

    /** The first token from k that is not a quote mark, a bracket or a comma. */
    static int pastMarks(SentenceFacts f, int k, int b) {
        while (k < b && (f.tokens.get(k).is(',') || PhraseMatcher.isSkippable(f.tokens.get(k)))) k++;
        return k;
    }

    /** The words that may stand between "على يد" and the party's name: its members, in or of it. */
    private static final java.util.Set<String> BETWEEN_HANDS_AND_PARTY = java.util.Set.of("في", "من", "قوات", "فصائل", "عناصر", "مجموعات", "جماعات");

    /** "على يد": right before the party, or a few words before it past its members and marks (فصائل في، قوات "). */
    static boolean byTheHandsOf(SentenceFacts f, ActorMatch m, Lexicons lex) {
        for (int k = m.from() - 1; k >= Math.max(f.from, m.from() - 4); k--) {
            Token t = f.tokens.get(k);
            if (lex.has(t, WordSet.BY_THE_HANDS_OF)) return true;
            if (t.isNumber() || !(PhraseMatcher.isSkippable(t) || BETWEEN_HANDS_AND_PARTY.contains(t.text()) || lex.victims.matchAt(f.tokens, k, k + 1) != null)) {
                return false;
            }
        }
        return false;
    }

    private static final String[] FORCES = {"قوات", "عناصر", "مسلحي", "مقاتلي", "من"};

    /** "الحرب بين الحركة وإسرائيل": the two sides after بين fight each other; neither is the attacker. */
    static boolean sideOfAWar(SentenceFacts f, ActorMatch m) {
        // "بين الجيش"، "بين قوات الشرطة ومسلحين": the first side, its forces' word allowed before its name
        for (int k = m.from() - 1; k >= Math.max(f.from, m.from() - 3); k--) {
            Token t = f.tokens.get(k);
            if (t.textIs("بين")) return true;
            if (!t.textIsOneOf(FORCES)) break;
        }
        if (!f.tokens.get(m.from()).startsWithConjunction()) return false;
        for (int k = m.from() - 1; k >= Math.max(f.from, m.from() - 4); k--) { // "بين حركة حماس وإسرائيل": the second side
            if (!f.tokens.get(k).isWord()) return false;
            if (f.tokens.get(k).textIs("بين")) return true;
        }
        return false;
    }

    /**
     * "اتهم الحوثيون التحالف بقتل ..."، "اتهمت الحكومة المؤقتة قوات الوفاق أمس بقتل ...": the party an
     * accusing verb charges with harm or an attack (ب after it), or the party right after its verb.
     * A party charged with something else (بعرقلة الاتفاق، بالتلكؤ في تنفيذه) attacked no one.
     */
    static boolean accused(SentenceFacts f, ActorMatch m, Lexicons lex) {
        int verb = -1;
        for (int k = m.from() - 1; k >= Math.max(f.from, m.from() - 6) && verb < 0; k--) {
            // "اتهم، الجمعة الماضي، قوات ...": a day set off by commas between the verb and the accused
            if (!f.tokens.get(k).isWord() && !f.tokens.get(k).is(',')) return false; // (، is folded into ,)
            if (lex.has(f.tokens.get(k), WordSet.ACCUSING)) verb = k;
        }
        return verb >= 0 && (m.from() == verb + 1 || chargeAfter(f, m, lex));
    }

    private static boolean chargeAfter(SentenceFacts f, ActorMatch m, Lexicons lex) {
        for (int k = m.to(); k < Math.min(f.to, m.to() + 3) && f.tokens.get(k).isWord(); k++) {
            if (f.tokens.get(k).text().startsWith("ب")) return chargesHarm(f, k, lex);
        }
        return false;
    }

    /** The charge opening at token k (بقتل، بارتكاب مجزرة، بالوقوف وراء الهجوم) names harm or an attack within its first words. */
    private static boolean chargesHarm(SentenceFacts f, int k, Lexicons lex) {
        for (int j = k, words = 0; j < f.to && words < CHARGE_WORDS; j++) {
            Token t = f.tokens.get(j);
            if (!t.isWord()) continue;
            words++;
            if (lex.harm.matchAt(f.tokens, j, f.to) != null || f.has(j, j + 1, Cue.EVENTS) || lex.has(t, WordSet.KILLING_VERB)) return true;
        }
        return false;
    }

    private static final int CHARGE_WORDS = 4;

    /** "مصدر في الشرطة"، "المتحدث باسم الجيش": a word of someone who tells of the attack; the party after it did not attack. */
    static boolean speakerNoun(Token t) {
        for (String form : t.forms()) if (SPEAKER_NOUNS.contains(form)) return true;
        return false;
    }

    private static final java.util.Set<String> SPEAKER_NOUNS = java.util.Set.of("مصدر", "مصادر", "مسؤول", "مسؤولون", "مسؤولين",
            "متحدث", "ناطق", "الناطق", "المتحدث");
}
