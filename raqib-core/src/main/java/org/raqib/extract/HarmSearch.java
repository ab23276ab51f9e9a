package org.raqib.extract;

import java.util.List;
import org.raqib.extract.Lexicons.Harm;
import org.raqib.extract.Lexicons.Victim;
import org.raqib.rules.WordSet;
import org.raqib.text.PhraseMatcher;
import org.raqib.text.PhraseMatcher.Match;
import org.raqib.text.Token;

/**
 * Where the harm word of a count is when the count's own noun does not say it: a verb after the
 * count (12 مدنيا قد لقوا مصرعهم), one a little way before it (قتل الخميس، وفق المرصد، ثمانية
 * مدنيين), or one whose subject comes after a time or a place (استشهد ظهر اليوم مواطنان).
 * One job of {@link CountFinder}, kept apart so that each reads in one sitting.
 */
final class HarmSearch {
    private static final int DELAYED_SUBJECT_GAP = 4;

    private final Lexicons lex;
    private final PhraseMatcher<Harm> HARM;
    private final PhraseMatcher<Victim> VICTIMS;
    private final PhraseMatcher<Cue> CUES;
    private final ArabicNumbers numbers;
    private final org.raqib.resolve.DateResolver dates;

    HarmSearch(RuleSet rules) {
        dates = rules.dates;
        lex = rules.lexicons;
        HARM = lex.harm;
        VICTIMS = lex.victims;
        CUES = lex.cues;
        numbers = rules.numbers;
    }

    /**
     * A harm verb whose subject comes after a time or a place: "استشهد صباح اليوم شابان"،
     * "قتل بسوق الخضار رجل"، "وقضى أيضا في شارع المدرسة طفل". Only words, at most four, none a
     * number, a person, a harm word or an attack word, may stand between; the first of them is
     * a time, كذلك/أيضا, or a preposition (في، ب).
     */
    Match<Harm> beforeDelayedSubject(List<Token> t, int i, int from) {
        for (int p = i - 1; p > from && p >= i - DELAYED_SUBJECT_GAP; p--) {
            Token w = t.get(p);
            if (!w.isWord() || w.isNumber()) return null;
            if (!gapBeforeSubject(t, p, i)) continue; // word lists only: cheap before any matching
            Match<Harm> h = Lexicons.endingAt(HARM, t, from, p);
            if (h == null || h.value().combined()) continue;
            for (int k = p; k < i; k++) {
                if (VICTIMS.matchAt(t, k, i) != null || CUES.matchAt(t, k, i) != null) return null;
            }
            return h;
        }
        return null;
    }

    /** Times (ظهر اليوم الأربعاء، كذلك) and then at most one place phrase (في طريق الشوك، بسوق الجمعة), from k to the subject. */
    private boolean gapBeforeSubject(List<Token> t, int k, int subject) {
        while (k < subject && (lex.has(t.get(k), WordSet.TIME_OF_DAY) || lex.has(t.get(k), WordSet.BEFORE_DELAYED_SUBJECT)
                || dates.isWeekday(t.get(k)))) k++;
        if (k == subject) return true;
        Token p = t.get(k);
        if (p.textIs("في")) return subject - k <= 3;
        return p.text().startsWith("ب") && p.forms().length > 1 && subject - k <= 2;
    }

    /**
     * The harm word after a count, within {@code window} tokens: over "بينهم ..." asides and the next
     * parts of a list that shares the verb, not past another clause or a count of its own.
     */
    Match<Harm> after(List<Token> t, int k, int to, int window) {
        int limit = Math.min(to, k + window);
        boolean added = false;
        for (int j = k; j < limit; j++) {
            Token tok = t.get(j);
            if (tok.is('.') || tok.is(':') || tok.is(';')) return null;
            // "انتشال 20 شخصا إضافة لعدد من المصابين": the wounded added are not this figure's harm
            // (but "عشرات من عناصر النظام بالإضافة لجنود روس قتلوا": one verb after both)
            if (ListedTolls.addsTo(tok)) added = true;
            Match<Cue> marker = CUES.matchAt(t, j, to);
            if (marker != null && marker.value() == Cue.CLAUSE) return null; // فيما بلغت الإصابات ...: another toll
            if (marker != null && marker.value() == Cue.AMONG) { // skip "بينهم 3 أطفال"
                j = marker.to();
                NumberMatch n = j < to ? numbers.parse(t, j, to) : null;
                if (n != null) j = n.to();
                Match<Victim> v = j < to ? VICTIMS.matchAt(t, j, to) : null;
                if (v != null) j = v.to();
                j--;
                limit = Math.min(to, limit + (j - marker.from()));
                continue;
            }
            if (numbers.startsNumber(tok) && numbers.parse(t, j, to) != null) {
                // "من عائلة واحدة": "one" describing the word before it is no part of a list
                if (j > k && lex.has(tok, WordSet.ONE) && t.get(j - 1).isWord() && !t.get(j - 1).isNumber()) continue;
                // "خمس نساء وثلاثة أطفال قتلوا": the next part of one list shares the verb after it
                NumberMatch n = numbers.parse(t, j, to);
                Match<Victim> v = n.to() < to ? VICTIMS.matchAt(t, n.to(), to) : null;
                boolean listed = tok.text().startsWith("و") || (j > k && t.get(j - 1).textIs("و"));
                // the part may name people the contract has no category for (وسبعة رجال)
                int partEnd = v != null ? v.to()
                        : n.to() < to && t.get(n.to()).isWord() && HARM.matchAt(t, n.to(), to) == null ? n.to() + 1 : -1;
                if (!listed || partEnd < 0 || (v != null && v.value().harm() != null)) return null;
                limit = Math.min(to, limit + (partEnd - j));
                j = partEnd - 1;
                continue;
            }
            Match<Harm> h = HARM.matchAt(t, j, to);
            // "جنديا قتل وأصيب ثلاثة": after its subject a pair of verbs says the first, killed
            if (h != null && h.value() == Harm.COMBINED_BEFORE) return new Match<>(h.from(), h.from() + 1, Harm.KILLED, h.phrase());
            // "رجل آخر وأصيب 3 آخرون": a harm verb joined by و with a subject of its own opens another clause
            if (h != null && !h.value().combined() && j > k && tok.startsWithConjunction() && ownsSubject(t, h.to(), to)) return null;
            if (h != null && added && (t.get(h.from()).text().startsWith("ال") || t.get(h.from()).text().startsWith("وال"))) return null;
            if (h != null) return h.value().combined() ? null : h;
        }
        return null;
    }

    /** Whether a count or a person follows at k (the subject of the harm word before k). */
    boolean ownsSubject(List<Token> t, int k, int to) {
        if (k >= to) return false;
        if (numbers.startsNumber(t.get(k)) && numbers.parse(t, k, to) != null) return true;
        return VICTIMS.matchAt(t, k, to) != null;
    }

    /** The nearest harm word at most {@code window} tokens before k, not past a sentence mark or a number. */
    Match<Harm> before(List<Token> t, int k, int from, int window) {
        for (int j = k - 1; j >= Math.max(from, k - window); j--) {
            Token tok = t.get(j);
            if (tok.is('.') || tok.is(':')) return null;
            // a number stands between (not a date's year: "ارتفع عدد القتلى منذ أكتوبر 2023 إلى ...")
            if (tok.isNumber() && !(j > from && dates.isMonthBefore(t, from, j))) return null;
            Match<Harm> h = HARM.matchAt(t, j, k);
            if (h == null) continue;
            // "إنه قتل وأصيب 35 شخصا": the harm word is the end of a pair that joins dead and wounded
            // (not "جنديا قتل وأصيب ثلاثة": the first verb has its own subject, one soldier)
            Match<Harm> pair = j > from ? HARM.matchAt(t, j - 1, k) : null;
            if (pair != null && pair.to() > j && pair.value().combined()
                    && (pair.value() == Harm.COMBINED || j - 1 == from || VICTIMS.matchAt(t, j - 2, j - 1) == null)) return null;
            return h.value().combined() ? null : h;
        }
        return null;
    }

    /**
     * A sentence that opens with a killing verb whose subject is the attack or a force ("قتلت غارة جوية على
     * مبنى في المخيم، يوم الثلاثاء، 14 شخصا"): the people counted at the end of its clause are its
     * object, however far. Nothing else that counts (a number, a harm word) may stand between.
     */
    Match<Harm> openingVerbWithAttackSubject(List<Token> t, int i, int from) {
        int first = from;
        while (first < i && t.get(first).isPunct()) first++;
        if (first + 1 >= i || !lex.has(t.get(first), WordSet.KILLING_VERB)) return null;
        Match<Cue> attack = CUES.matchAt(t, first + 1, i);
        // or whose subject is a force ("قتلت قوات ...، مدعومة من ...، بالرصاص 10 أشخاص")
        int subjectEnd = attack != null && attack.value().isEvent() ? attack.to()
                : lex.has(t.get(first + 1), WordSet.FORCES) ? first + 2 : -1;
        if (subjectEnd < 0) return null;
        for (int k = subjectEnd; k < i; k++) {
            Token w = t.get(k);
            if (w.isNumber() || w.is('.') || w.is(':') || HARM.matchAt(t, k, i) != null) return null;
        }
        Match<Harm> h = HARM.matchAt(t, first, first + 1);
        return h == null || h.value().combined() ? null : h;
    }

    /**
     * "حصيلة القتلى المدنيين ... إلى 12"، "عدد قتلى حزب الله إلى 300": a toll that rose names whom it
     * counts by the word after its harm word: civilians, or the members of a force. Null otherwise.
     */
    Lexicons.Group groupNamedBeforeRaisedTo(List<Token> t, int markerEnd, int from, int window) {
        if (markerEnd <= from || !lex.has(t.get(markerEnd - 1), WordSet.RAISED_TO)) return null;
        Match<Harm> h = before(t, markerEnd - 1, from, window);
        if (h == null || h.to() >= markerEnd - 1) return null;
        int k = h.to();
        while (k < markerEnd - 1 && TokenRuns.isQuote(t.get(k))) k++; // الشهداء "المدنيين"
        // "وصل عدد الضحايا في صفوف المدنيين إلى"، "حصيلة القتلى بين المدنيين"، "عدد القتلى وسط المدنيين"
        if (k + 1 < markerEnd - 1 && t.get(k).textIs("في") && t.get(k + 1).hasForm("صفوف")) k += 2;
        else if (k < markerEnd - 1 && (t.get(k).textIs("بين") || t.get(k).textIs("من") || t.get(k).textIs("وسط"))) k++; // وسط المدنيين
        Match<Victim> adjective = VICTIMS.matchAt(t, k, markerEnd - 1);
        if (adjective != null && adjective.value().group() == Lexicons.Group.CIVILIAN) return Lexicons.Group.CIVILIAN;
        return lex.has(t.get(h.to()), WordSet.FORCES) ? Lexicons.Group.COMBATANT : null;
    }

    /**
     * Whether the count at [start, end) is one figure for the dead and the wounded together
     * (قتل وجرح 13، 35 بين قتيل وجريح، 30 من الشهداء والجرحى): it then counts neither.
     */
    boolean combined(List<Token> t, int start, int end, int from, int to, Match<Victim> noun) {
        Match<Harm> h = Lexicons.endingAt(HARM, t, from, TokenRuns.skipBack(t, start, from));
        // (not "3 قتلى وإصابة 8": the first harm of the seeming pair has its figure before it)
        if (h != null && h.value() == Harm.COMBINED) return !(h.from() > from && numbers.parse(t, h.from() - 1, to) != null);
        // a pair of verbs joins the figure after it only when it opens its clause: "قتل وأصيب 14"
        // but not "جنديا قتل وأصيب ثلاثة آخرون" (a soldier killed, three wounded)
        if (h != null && h.value() == Harm.COMBINED_BEFORE) return h.from() == from || t.get(h.from() - 1).isPunct();
        // "30 من الشهداء والجرحى": the noun itself opens the combined harm
        if (noun != null && noun.from() < end) {
            Match<Harm> a = HARM.matchAt(t, noun.from(), to);
            if (a != null && a.value() == Harm.COMBINED) return !ownFigureAfter(t, a, to);
        }
        for (int k = end; k < Math.min(to, end + 3); k++) {
            Match<Harm> a = HARM.matchAt(t, k, to);
            if (a != null && a.value() == Harm.COMBINED) return !ownFigureAfter(t, a, to);
        }
        return false;
    }

    /** "3 قتلى وإصابة 8": the second harm of a seeming pair takes a figure of its own, so each toll stands. */
    private boolean ownFigureAfter(List<Token> t, Match<Harm> pair, int to) {
        return pair.to() < to && numbers.parse(t, pair.to(), to) != null;
    }

    /** The harm a marker names itself: من بين القتلى، بين الجرحى. */
    Harm markerHarm(List<Token> t, Match<Cue> marker) {
        for (int k = marker.from(); k < marker.to(); k++) {
            Match<Harm> h = HARM.matchAt(t, k, marker.to());
            if (h != null && !h.value().combined()) return h.value();
        }
        return null;
    }

    /** "استشهاد الفتى فلان"، "مقتل المواطن فلان": a singular with the article, named right after a killing word. */
    boolean namedAfterHarm(List<Token> t, int i, int from, Match<Victim> noun) {
        if (noun.value().harm() != null || noun.value().group() == Lexicons.Group.COMBATANT || noun.to() >= t.size() || i <= from) return false;
        Match<Harm> h = Lexicons.endingAt(HARM, t, from, i);
        return h != null && h.value() == Harm.KILLED && t.get(noun.to()).isWord() && VICTIMS.matchAt(t, noun.to(), noun.to() + 1) == null
                && !lex.has(t.get(noun.to()), WordSet.PLACE_NAME_STOP);
    }
}
