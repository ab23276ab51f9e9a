package org.raqib.extract;

import java.util.ArrayList;
import java.util.List;
import org.raqib.extract.CountMention.Why;
import org.raqib.extract.Lexicons.Group;
import org.raqib.extract.Lexicons.Harm;
import org.raqib.extract.Lexicons.QualifierWord;
import org.raqib.extract.Lexicons.Victim;
import org.raqib.resolve.DateResolver;
import org.raqib.rules.WordSet;
import org.raqib.text.PhraseMatcher;
import org.raqib.text.PhraseMatcher.Match;
import org.raqib.text.Token;

/**
 * Finds the tolls of one sentence: a number (or a singular or dual noun) with its qualifiers
 * and the noun of the people counted, and decides whether they were killed or injured. The
 * harm comes, in this order, from the noun itself (قتلى، جرحى), a harm word just before
 * (مقتل 4 أشخاص), a "among them" marker or a conjunction continuing the count before
 * (بينهم ثلاثة أطفال، وامرأة), a harm verb after (12 مدنيا قد لقوا مصرعهم), a harm word a
 * little way back (قتل الخميس، وفق المرصد، ثمانية مدنيين) or a toll raised "to" a number
 * (ارتفعت حصيلة القتلى إلى 69). A number with none of these is not a toll.
 */
final class CountFinder {
    private static final int FORWARD_WINDOW = 10;
    private static final int BACKWARD_WINDOW = 8;
    private static final int RAISED_WINDOW = 16;

    private final Lexicons lex;
    private final PhraseMatcher<Harm> HARM;
    private final PhraseMatcher<Victim> VICTIMS;
    private final PhraseMatcher<QualifierWord> QUALIFIERS;
    private final PhraseMatcher<Cue> CUES;
    private final ArabicNumbers numbers;
    private final DateResolver dates;
    private final HarmSearch harms;
    private final ListedTolls listed;
    private final org.raqib.resolve.ActorDictionary actors;

    CountFinder(RuleSet rules) {
        lex = rules.lexicons;
        HARM = lex.harm;
        VICTIMS = lex.victims;
        QUALIFIERS = lex.qualifiers;
        CUES = lex.cues;
        listed = new ListedTolls(lex);
        numbers = rules.numbers;
        dates = rules.dates;
        harms = new HarmSearch(rules);
        actors = rules.actors;
    }

    List<CountMention> find(List<Token> tokens, int from, int to) {
        List<CountMention> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Read r = read(tokens, i, from, to, out.isEmpty() ? null : out.get(out.size() - 1));
            if (r == null) {
                i++;
                continue;
            }
            if (r.mention != null) out.add(r.mention);
            i = Math.max(r.end, i + 1);
        }
        return out;
    }

    /** A plural noun of people with a number word right after it (مدنيين اثنين، أطفال ثلاثة), or null. */
    private NumberMatch numberWordAfterPlural(List<Token> t, int i, int to, Match<Victim> noun) {
        if (t.get(i).text().startsWith("ال")) return null;
        if (noun.value().alone() != 0 || noun.to() >= to || t.get(noun.to()).isNumber()) return null;
        NumberMatch n = numbers.parse(t, noun.to(), to);
        Long definite = n == null ? numbers.definiteUnit(t.get(noun.to())) : null; // أطفالها الثلاثة
        if (definite != null) n = new NumberMatch(noun.to(), noun.to() + 1, definite, false);
        // "بإصابة ثلاثة جنود": the number's own noun (not "مدنيين اثنين وإصابة آخرين": و opens the next toll)
        if (n != null && n.to() < to && VICTIMS.matchAt(t, n.to(), to) != null && !t.get(n.to()).startsWithConjunction()) return null;
        return n != null && n.value() != null && !n.vague() && n.value() >= 2 && n.value() <= 10 ? n : null;
    }

    /** What was read at a token: a mention, or null mention for a combined figure to pass over. */
    private record Read(CountMention mention, int end) {}

    private Read read(List<Token> t, int i, int from, int to, CountMention prev) {
        Match<QualifierWord> before = QUALIFIERS.matchAt(t, i, to);
        if (before != null && !before.value().before()) before = null;
        boolean articleOnFigure = before != null && before.to() + 1 < to && t.get(before.to()).textIs("ال") && t.get(before.to() + 1).isNumber();
        int numStart = before == null ? i : before.to() + (articleOnFigure ? 1 : 0); // ما يزيد على الـ200: the article is no reference back
        if (numStart >= to) return null;
        NumberMatch num = numbers.parse(t, numStart, to);
        // "عائلة واحدة": "one" after the noun it describes is no count
        if (num != null && before == null && numStart > from && t.get(numStart - 1).isWord()
                && lex.has(t.get(numStart), WordSet.ONE) && VICTIMS.matchAt(t, numStart - 1, to) == null) {
            return null;
        }
        Match<Victim> noun;
        Long value;
        Long rangeHigh = null;
        boolean vague = false;
        boolean ofThem = false, amongBefore = false;
        int end;
        Match<Victim> bareNoun = num == null && before == null ? VICTIMS.matchAt(t, i, to) : null;
        NumberMatch wordAfter = bareNoun == null ? null : numberWordAfterPlural(t, i, to, bareNoun);
        if (wordAfter != null) { // "مدنيين اثنين"، "أطفال ثلاثة": the noun first, its number word after it
            noun = bareNoun;
            value = wordAfter.value();
            end = wordAfter.to();
        } else if (num == null) {
            if (before != null) return null;
            noun = bareNoun;
            // "مواطنين استشهدا": a plural in ين before a dual verb is the oblique dual, spelled as the plural
            boolean dualByVerb = noun != null && noun.value().alone() == 0 && lex.dualVerbAfter(t, noun.to(), to);
            if (noun == null || noun.value().alone() == 0 && !dualByVerb) return null;
            // with the article a singular is a description (المدني in الدفاع المدني), not "one civilian"
            // (but "استشهاد الفتى فلان"، "مقتل المواطن فلان": one person, named right after the harm word)
            if (noun.value().alone() == 1 && t.get(i).text().startsWith("ال") && !harms.namedAfterHarm(t, i, from, noun)) return null;
            // after a word for forces a singular describes them (قوات عسكرية، عناصر أمنية), no one is counted
            if (noun.value().alone() == 1 && i > from && lex.has(t.get(i - 1), WordSet.FORCES)) return null;
            // a lone noun that names the harm (ضحية، إصابة) is too often not a count
            // (but "انتشلت الطواقم شهيدا"، "عثر عليه قتيلا": the indefinite accusative of the dead is one)
            if (noun.value().alone() == 1 && noun.value().harm() != null && !TokenRuns.oneDead(t, i, from, noun, prev)) return null;
            value = dualByVerb ? 2L : (long) noun.value().alone();
            end = noun.to();
            if (end < to && lex.has(t.get(end), WordSet.ONE)) end++; // طفل واحد
            if (end < to && value == 2 && lex.has(t.get(end), WordSet.TWO)) end++; // مواطنان اثنان
            Match<Victim> other = end < to ? VICTIMS.matchAt(t, end, to) : null;
            if (other != null && other.value().group() == Group.OTHERS) end = other.to(); // مدني آخر
            // "طفل وطفلة": two singulars of one group joined by و count two
            Match<Victim> second = noun.value().alone() == 1 && end < to && t.get(end).startsWithConjunction()
                    ? VICTIMS.matchAt(t, end, to) : null;
            if (second != null && second.value().alone() == 1 && second.value().group() == noun.value().group()
                    && second.value().harm() == null) {
                value = 2L;
                end = second.to();
            }
        } else {
            if (isDate(t, numStart, num, from, to)) return null;
            if (numStart > from && t.get(numStart - 1).textIs("ال") && !articleOnFigure) return null; // الـ12: the 12 just named
            if (numStart > from && t.get(numStart - 1).textIs("ب") && lex.anyIn(t, Math.max(from, numStart - 6), numStart - 1, WordSet.ROSE)) return null; // ليرتفع العدد بـ 21: an increase
            value = num.value();
            vague = num.vague();
            int after = num.to();
            // "إلى (15) قتيلا"، "{١٥} شهيدا": a number set in brackets reads on to its noun
            if (after + 1 < to && numStart > from && (TokenRuns.opensBracket(t.get(numStart - 1)) && TokenRuns.closesBracket(t.get(after))
                    || TokenRuns.isQuote(t.get(numStart - 1)) && TokenRuns.isQuote(t.get(after)))
                    && !t.get(after + 1).startsWithConjunction()) after++; // not "مقتل (13) وإصابة (33)": the noun is the next clause's
            NumberMatch upper = vague || value == null ? null : rangeEnd(t, numStart, after, from, to);
            if (upper != null && upper.value() > value) { // من 120 إلى 200 شخص: low and best 120, high 200
                rangeHigh = upper.value();
                after = upper.to();
            }
            noun = after < to ? VICTIMS.matchAt(t, after, to) : null;
            // "مقتل ثلاثة وإصابة 8": a word with و on it opens the next toll, it is not this one's people
            if (noun != null && noun.value().harm() != null && t.get(after).startsWithConjunction() && !noun.phrase().startsWith("و")) noun = null;
            if (noun == null && after + 1 < to && t.get(after).textIs("من")) {
                noun = VICTIMS.matchAt(t, after + 1, to); // عشرات من المدنيين
                // "15 من الأطفال والنساء والمسنين": people of several kinds in one figure, no category's count
                if (noun != null && noun.to() < to && t.get(noun.to()).text().startsWith("وال")) {
                    Match<Victim> other = VICTIMS.matchAt(t, noun.to(), to);
                    if (other != null && other.value().group() != noun.value().group()) return new Read(null, other.to());
                }
            }
            if (noun == null && after < to && lex.has(t.get(after), WordSet.OF_THEM)) {
                if (after + 1 < to && VICTIMS.matchAt(t, after + 1, to) != null && prev != null) {
                    noun = VICTIMS.matchAt(t, after + 1, to); // 20 مدنيا، خمسة منهم أطفال
                    amongBefore = true;
                } else {
                    ofThem = true;
                }
            }
            if (noun != null) {
                end = noun.to();
                while (end < to && VICTIMS.matchAt(t, end, to) != null
                        && VICTIMS.matchAt(t, end, to).value().group() == Group.OTHERS) end++; // 7 مواطنين آخرين
            } else {
                if (value != null && value == 1 && !t.get(numStart).isNumber()) return null; // واحدة after a noun
                if (!bareMayFollow(t, after, to)) return null;
                end = after;
            }
        }
        int fateEnd = skipBackAdjacent(t, i, from);
        // "واعتقلت ثلاثة آخرين"، "نزوح نحو مليوني شخص": pass over the whole figure, not only its first word
        if (fateEnd > from && lex.has(t.get(fateEnd - 1), WordSet.OTHER_FATE)) return new Read(null, end);
        // qualifier after the count, possibly behind a comma: "12 مدنيا، على الأقل،"
        QualifierWord qualifier = before == null ? null : before.value();
        Match<QualifierWord> qualifierMatch = before;
        int q = end < to && t.get(end).is(',') ? end + 1 : end;
        Match<QualifierWord> after = q < to ? QUALIFIERS.matchAt(t, q, to) : null;
        if (after != null && !after.value().before()) {
            end = after.to();
            if (qualifier == null) {
                qualifier = after.value();
                qualifierMatch = after;
            }
        }
        if (harms.combined(t, i, end, from, to, noun)) return new Read(null, end);

        Group group = noun == null ? null : noun.value().group();
        if (group == Group.DEAD && end < to) {
            Match<Victim> adjective = VICTIMS.matchAt(t, end, to);
            int of = end + 1 < to && t.get(end).textIs("من") ? end + 1 // 25 قتيلا من المدنيين
                    : end + 2 < to && t.get(end).textIs("في") && t.get(end + 1).hasForm("صفوف") ? end + 2 : -1; // قتيلين في صفوف المدنيين
            if (adjective == null && of > 0) adjective = VICTIMS.matchAt(t, of, to);
            if (adjective != null && adjective.value().group() == Group.CIVILIAN) { // 400 قتيل مدني
                group = Group.CIVILIAN;
                end = adjective.to();
            }
        }
        if (group == Group.PERSON && noun != null && noun.to() < to && lex.has(t.get(noun.to()), WordSet.FORCES)) {
            group = Group.COMBATANT; // أفراد قوات النظام
        }
        boolean bare = noun == null;
        Harm harm = noun == null ? null : noun.value().harm();
        Why why = harm == null ? null : new Why("harm.noun", "victims.tsv", noun.phrase(), noun.from(), noun.to());
        boolean own = harm != null;
        boolean among = amongBefore;
        if (among) {
            harm = prev.harm();
            why = new Why("harm.of-them (a part of the toll before)", null, null, prev.from(), prev.to());
        }
        boolean outOf = false, partOfList = false;

        int markerEnd = TokenRuns.skipBack(t, i, from);
        Match<Cue> marker = Lexicons.endingAt(CUES, t, from, markerEnd);
        if (marker != null && marker.value() == Cue.AMONG) {
            Harm named = harms.markerHarm(t, marker); // من بين القتلى، بين الجرحى
            if (prev != null || named != null) { // بينهم after a toll, or a marker naming the toll it is part of
                among = true;
                if (harm == null) {
                    harm = named != null ? named : prev.harm();
                    why = new Why("harm.among-marker", "cues.tsv", marker.phrase(), marker.from(), marker.to());
                }
            }
        }
        Match<Cue> outOfMarker = Lexicons.endingAt(CUES, t, from, markerEnd);
        // "من أصل 600" sums the toll before it; after another number (140 held out of 600) it is no toll
        if (harm == null && prev != null && outOfMarker != null && isOutOf(t, outOfMarker)
                && !TokenRuns.numberBetween(t, prev.to(), outOfMarker.from())) {
            harm = prev.harm();
            why = new Why("harm.out-of", "cues.tsv", outOfMarker.phrase(), outOfMarker.from(), outOfMarker.to());
            if (group == null) group = prev.group();
            outOf = true;
        }
        if (harm == null) {
            Match<Harm> h = Lexicons.endingAt(HARM, t, from, skipBackAdjacent(t, i, from));
            if (h != null && h.value().combined() && h.from() > from && numbers.parse(t, h.from() - 1, to) != null) {
                h = HARM.matchAt(t, h.to() - 1, to); // "3 قتلى وإصابة 8": no pair, the harm of the last word
            }
            if (h != null && !h.value().combined()) {
                harm = h.value();
                why = new Why("harm.word-before", "harm.tsv", h.phrase(), h.from(), h.to());
                own = true;
            }
        }
        if (harm == null && prev != null && listed.continues(t, i, prev, num)) {
            // "9 نساء وخمسة أطفال وأربعة رجال": the men of a list of parts are not all the dead
            if (group == Group.PERSON && (prev.group() == Group.CHILD || prev.group() == Group.WOMAN)) return new Read(null, end);
            if (bare && prev.among() && end < to && t.get(end).textIs("من")) return new Read(null, end); // و10 من الكوادر
            harm = prev.harm();
            partOfList = prev.among() || prev.group() == Group.CHILD || prev.group() == Group.WOMAN; // parts go on
            why = new Why("harm.continues-count (و after the toll before)", null, null, prev.from(), prev.to());
            // "11 مدنيا في الباب، وتسعة في اعزاز": nine civilians (not "... بينهم ثلاث نساء، وتسعة": nine women)
            // (and "وأربعة آخرين" after civilians: four more civilians)
            if ((noun == null && group == null || group == Group.OTHERS) && !prev.among()
                    && (prev.group() == Group.CIVILIAN || prev.group() == Group.COMBATANT)) {
                group = prev.group();
            }
        }
        Match<Harm> h = null;
        String rule = null;
        if (harm == null && num != null && markerEnd > from && lex.has(t.get(markerEnd - 1), WordSet.RAISED_TO)) {
            h = harms.before(t, markerEnd - 1, from, RAISED_WINDOW);
            rule = "harm.raised-to";
        }
        if (harm == null && h == null && num == null) {
            h = harms.beforeDelayedSubject(t, i, from);
            rule = "harm.verb-before-delayed-subject";
        }
        if (harm == null && h == null) {
            h = harms.after(t, end, to, bare ? 2 : num == null ? 3 : FORWARD_WINDOW);
            rule = "harm.word-after";
            if (h != null && num != null && t.get(h.from()).startsWithConjunction()) {
                // "وقتل يوم الجمعة وحده قرابة 150 وجرح نحو 300"، "قتلت القوات 12 شخصا وجرحت 30": وأصيب opens the next clause
                Match<Harm> back = harms.before(t, i, from, BACKWARD_WINDOW);
                if (back != null) {
                    h = back;
                    rule = "harm.word-back (the harm word after opens another clause)";
                }
            }
        }
        if (harm == null && h == null && !bare && num != null) {
            h = harms.before(t, i, from, BACKWARD_WINDOW);
            rule = "harm.word-back";
        }
        if (harm == null && h == null && !bare && num != null && noun != null) {
            h = harms.openingVerbWithAttackSubject(t, i, from);
            rule = "harm.sentence-opening-verb-and-its-attack (قتلت غارة ... 14 شخصا)";
        }
        if (harm == null && h != null) {
            harm = h.value();
            why = new Why(rule, "harm.tsv", h.phrase(), h.from(), h.to());
            own = true;
        }
        if (harm == null) return null;
        if (group == null || group == Group.DEAD) {
            // ارتفع عدد الضحايا المدنيين إلى سبعة: civilians; ارتفع عدد قتلى حزب الله إلى 300: its fighters
            Group named = harms.groupNamedBeforeRaisedTo(t, markerEnd, from, RAISED_WINDOW);
            if (named != null) group = named;
        }
        // children, women or brothers among the wounded: the contract counts only the wounded in all
        if (among && harm == Harm.INJURED && group != null && group != Group.OTHERS && group != Group.DEAD) {
            return new Read(null, end);
        }
        // "تسعة مدنيين بينهم أربعة من عائلة واحدة": a part of the toll named by no people noun counts no category
        // ("بينهم ثلاثة في حزب الله"، "اثنان من الحرس الثوري": of an armed party, they are its fighters)
        if (among && bare && num != null && !outOf && end + 1 < to && (t.get(end).textIs("من") || t.get(end).textIs("في"))) {
            if (!armedPartyAt(t, end + 1, to)) return new Read(null, end);
            group = Group.COMBATANT;
        }
        // "وقتل 9 أطفال، خمسة منهم أشقاء": a part named only as people or kin is no category
        if (among && group == Group.PERSON && harm == Harm.KILLED) return new Read(null, end);
        // "مقتل 9 مدنيين منهم اثنان تحت التعذيب", "بينهم 3 أطفال، و4 جوعا": a part no people word names is
        // none of the contract's categories, and not the whole toll either
        // (but "...، وامرأتان، وستة في جرابلس": a toll of another place goes on with the list)
        if ((among || partOfList && !(end < to && t.get(end).textIs("في"))) && bare && num != null && group == null) {
            return new Read(null, end);
        }

        Long low, best, high;
        if (value == null) {
            low = best = high = null;
        } else if (vague) {
            low = best = value;
            high = null;
        } else if (rangeHigh != null) {
            low = best = value; // the contract's range rule: the lower bound is the best, as ACLED
            high = qualifier == null ? rangeHigh : null;
        } else if (qualifier == null) {
            low = best = high = value;
        } else {
            switch (qualifier.reading()) {
                case AT_LEAST, MORE_THAN -> { low = value; best = value; high = null; }
                case ABOUT -> { low = null; best = value; high = null; }
                default -> { low = null; best = value; high = value; }
            }
        }
        Why qualifierWhy = qualifierMatch == null ? null
                : new Why("qualifier", "qualifiers.tsv", qualifierMatch.phrase(), qualifierMatch.from(), qualifierMatch.to());
        Why peopleWhy = noun == null ? null : new Why("people", "victims.tsv", noun.phrase(), noun.from(), noun.to());
        CountMention m = new CountMention(i, end, low, best, high, group, harm, among, own, outOf, ofThem && group == null,
                why, qualifierWhy, peopleWhy);
        return new Read(m, end);
    }

    /**
     * The upper number of a range after the number ending at {@code after}: "إلى 200" (من 120 إلى 200،
     * ثلاثة إلى خمسة), "أو 7" (6 أو 7 قتلى) or, after بين, "و200". Not a toll that rose (ارتفعت من 20
     * إلى 35): that is 35. The caller keeps only an upper number above the first.
     */
    private NumberMatch rangeEnd(List<Token> t, int numStart, int after, int from, int to) {
        if (after + 1 >= to) return null;
        Token link = t.get(after);
        boolean between = numStart > from && t.get(numStart - 1).hasForm("بين");
        boolean toWord = lex.has(link, WordSet.UP_TO);
        if (!toWord && !(between && link.textIs("و")) && !link.textIs("او")) return null;
        for (int k = Math.max(from, numStart - 6); k < numStart; k++) {
            if (lex.has(t.get(k), WordSet.ROSE)) return null;
        }
        NumberMatch upper = numbers.parse(t, after + 1, to);
        return upper == null || upper.value() == null || upper.vague() ? null : upper;
    }

    private boolean isOutOf(List<Token> t, Match<Cue> m) {
        return m.to() - m.from() == 2 && t.get(m.from()).textIs("من") && t.get(m.from() + 1).hasForm("اصل");
    }

    /** A number that is part of a date: 7 أكتوبر، آذار 2015، عام 2011. */
    private boolean isDate(List<Token> t, int start, NumberMatch num, int from, int to) {
        if (dates.isMonthAt(t, num.to(), to)) return true; // 5 رمضان، 7 أكتوبر: months.tsv, the one list of months
        int k = start - 1;
        while (k >= from && (t.get(k).is('/') || t.get(k).is('-'))) k--;
        if (k >= from && (dates.isMonthBefore(t, from, k + 1) || lex.has(t.get(k), WordSet.YEAR_WORD))) {
            return true; // رمضان 1440، آذار 2015، عام 2011
        }
        Long v = num.value();
        return v != null && v >= 1900 && v <= 2100 && t.get(start).isNumber() && num.to() - start == 1
                && (num.to() >= to || !t.get(num.to()).isWord() || VICTIMS.matchAt(t, num.to(), to) == null);
    }

    /** After a number with no noun, only punctuation, a preposition, a qualifier, a harm word or its cause may follow. */
    private boolean bareMayFollow(List<Token> t, int k, int to) {
        if (k >= to) return true;
        Token next = t.get(k);
        if (!next.isWord()) return !next.isNumber();
        if (lex.has(next, WordSet.FOLLOWS_BARE_NUMBER)) return true;
        if (HARM.matchAt(t, k, to) != null) return true;
        Match<Cue> cause = CUES.matchAt(t, k, to); // وإصابة ثمانية بانفجار عبوة، ومقتل اثنين بقصف
        // ... but "3 قذائف"، "5 غارات" count the shells or raids themselves
        if (cause != null && cause.value().isEvent()) return next.text().startsWith("ب");
        Match<QualifierWord> q = QUALIFIERS.matchAt(t, k, to);
        return (q != null && !q.value().before()) || next.startsWithConjunction();
    }

    private boolean armedPartyAt(List<Token> t, int k, int to) {
        for (var a : actors.find(t, k, Math.min(to, k + 5), null)) if (a.from() == k && a.isArmed()) return true;
        return false;
    }


    /** As skipBack, also over little words between a harm word and its number (مقتل نحو، أسفر عن). */
    private int skipBackAdjacent(List<Token> t, int i, int from) {
        int k = i;
        while (k > from) {
            Token p = t.get(k - 1);
            if (p.is('"') || p.is('\'') || TokenRuns.opensBracket(p) || (p.isWord() && lex.words.isExactly(p, WordSet.BETWEEN_HARM_AND_NUMBER))) k--;
            else break;
        }
        return k;
    }
}
