package org.raqib.extract;

import java.util.List;
import org.raqib.extract.ClaimExtractor.Context;
import org.raqib.extract.ClaimExtractor.Segment;
import org.raqib.model.Kind;
import org.raqib.rules.WordSet;
import org.raqib.text.Token;

/**
 * Whether a toll is one incident or a tally over a period or many places: "من أصل"، several
 * places (في مناطق متفرقة), a period (خلال الأيام الماضية، منذ بداية الشهر) in the toll's own
 * clause make a tally; anything else is an incident.
 */
final class Kinds {
    private final Lexicons lex;
    private final RuleSet rules;

    private final WarTolls wars;

    Kinds(RuleSet rules) {
        this.rules = rules;
        this.lex = rules.lexicons;
        this.wars = new WarTolls(rules.lexicons);
    }

    Kind of(SentenceFacts f, Segment seg, List<CountMention> group, Context ctx) {
        for (CountMention m : group) {
            if (m.outOf()) {
                ctx.note("kind", "kind.out-of (من أصل: a part of a total)", m.from(), m.to());
                return Kind.AGGREGATE;
            }
        }
        // "... في قصف على طرابلس، وقال سكان إن القصف طال عدة مناطق": another speaker's statement is not the toll's
        int statementEnd = nextStatement(f, seg);
        // (nor are the places of a clause of its own after the figures: "فيما قتل الآخرون في قصف على بلدتين")
        var places = f.first(seg.from(), Math.min(f.ownClauseEnd(seg), statementEnd), Cue.PLACES);
        if (places != null) {
            if (ctx.explaining()) ctx.note("kind", "kind.several-places " + lex.rule("cues.tsv", places), places.from(), places.to());
            return Kind.AGGREGATE;
        }
        int counted = placesCounted(f, seg.from(), statementEnd, group);
        if (counted >= 0) {
            ctx.note("kind", "kind.places-counted (على 5 محافظات، في ثلاث مدن)", counted, counted + 2);
            return Kind.AGGREGATE;
        }
        // a period named in another clause ("نزح ... خلال الأيام الماضية، فيما قتل 37 مدنيا أمس") is that clause's
        int from = clauseOpening(f, seg), to = Math.min(f.ownClauseEnd(seg), statementEnd);
        for (var c : f.cues(seg.from(), seg.countsFrom(), Cue.CLAUSE)) {
            if (c.to() <= seg.countsFrom()) from = Math.max(from, c.from());
        }
        for (var c : f.cues(from, to, Cue.PERIOD)) {
            String first = f.tokens.get(c.from()).text();
            // "دمرت خلالها عيادة": during it (the strike), a pronoun on خلال, is no period
            if (first.startsWith("خلال") && first.length() > 4 || first.startsWith("وخلال") && first.length() > 5) continue;
            if (first.equals("من")) {
                // "من أصل" sums the toll it follows; after another number (120 migrants out of 610) it is no tally
                if (group.stream().noneMatch(m -> m.to() <= c.from() && !TokenRuns.numberBetween(f.tokens, m.to(), c.from()))) {
                    continue;
                }
            } else if (first.equals("خلال") && !((followedByTimeUnit(f, c.to()) || rules.dates.isMonthAt(f.tokens, c.to(), to))
                    && !comparison(f, c.from()))) { // خلال الشهر الماضي، خلال آب المنصرم: a period; خلال الغارة: not
                continue;
            }
            if (ctx.explaining()) ctx.note("kind", "kind.period " + lex.rule("cues.tsv", c), c.from(), c.to());
            return Kind.AGGREGATE;
        }
        // a tally since a day (منذ الثلاثين من نيسان، منذ بداية الشهر), not a strike going on since yesterday
        for (var m : f.dates(from, to, ctx)) {
            if (m.since() && java.time.temporal.ChronoUnit.DAYS.between(m.start(), m.end()) > 2) {
                ctx.note("kind", "kind.since-a-day (منذ, more than two days)", m.from(), m.to());
                return Kind.AGGREGATE;
            }
        }
        // a whole year or last month as the toll's time, with no single attack named: "في عام 2017 قتل 900 مدني"،
        // "شهد العام الأول من الحرب مقتل 3000"، "قتلوا في أيلول الماضي جراء التفجيرات" (read from the words: with no
        // publication date, last month is no date)
        boolean yearWord = lex.mayHave(f, WordSet.YEAR_WORD), past = lex.mayHave(f, WordSet.PAST); // (LAST's words are past ones)
        for (int k = from; (yearWord || past) && k + 1 < to; k++) {
            Token next = f.tokens.get(k + 1);
            boolean year = yearWord && YEARS.contains(f.tokens.get(k).text()) && wholeYear(next);
            boolean lastMonth = past && !year && k > from && f.tokens.get(k - 1).textIs("في") && LAST.contains(next.text())
                    && rules.dates.isMonthAt(f.tokens, k, to);
            if ((year || lastMonth) && !namesOneAttack(f, from, to)) {
                if (year) ctx.note("kind", "kind.a-year (عام 2017، العام الأول, no single attack)", k, k + 2);
                else ctx.note("kind", "kind.last-month (في أيلول الماضي, no single attack)", k - 1, k + 2);
                return Kind.AGGREGATE;
            }
        }
        // "انتهكت الهدنة أكثر من 200 مرة، ما أسفر عن سقوط 41 قتيلا": harm done many times over, or in a number of massacres
        boolean times = lex.mayHave(f, WordSet.COUNTED_TIMES);
        for (int k = from + 1; times && k < to; k++) {
            if (!lex.has(f.tokens.get(k), WordSet.COUNTED_TIMES)) continue; // most tokens: one bit test
            if (severalOf(f, k)) { // "بعد ارتكاب الطيران عددا من المجازر"، "عدة مجازر": a number of them, however vague
                ctx.note("kind", "kind.several-attacks (عدد من المجازر)", Math.max(from, k - 2), k + 1);
                return Kind.AGGREGATE;
            }
            if (!f.tokens.get(k).textIsOneOf(TIMES)) continue;
            if (k + 1 < to && BIGGEST_OF_THEM.contains(f.tokens.get(k + (f.tokens.get(k + 1).is(',') && k + 2 < to ? 2 : 1)).text())) continue;
            for (int start = Math.max(from, k - 2); start < k; start++) { // the number that ends at the word: 3 آلاف مرة
                NumberMatch n = rules.numbers.parse(f.tokens, start, k);
                if (n != null && n.to() == k && n.value() != null && n.value() >= 2) {
                    ctx.note("kind", "kind.many-times-over (200 مرة، 3 مجازر)", start, k + 1);
                    return Kind.AGGREGATE;
                }
            }
        }
        // "أوقع في خمسة أشهر 1963 قتيلا": a toll over N months
        boolean timeUnit = lex.mayHave(f, WordSet.TIME_UNIT);
        for (int k = from; timeUnit && k < to - 2; k++) {
            if (!f.tokens.get(k).textIs("في")) continue;
            NumberMatch n = rules.numbers.parse(f.tokens, k + 1, to);
            if (n != null && n.to() < to && lex.has(f.tokens.get(n.to()), WordSet.TIME_UNIT)) {
                ctx.note("kind", "kind.over-a-number-of-units (في خمسة أشهر)", k, n.to() + 1);
                return Kind.AGGREGATE;
            }
        }
        // "سقوط 9 شهداء بغارات إسرائيلية جنوب البلاد": raids over a whole region of the country
        int region = f.has(from, to, Cue.EVENTS) && lex.mayHave(f, WordSet.COUNTRY_WORD) ? regionOfTheCountry(f, from, to) : -1; // raids, named as attacks
        if (region >= 0 && (pluralAttacks(f, from, to) || f.has(from, to, Cue.BOMBARDMENT)) && !namesATown(f, from, to, ctx)) {
            ctx.note("kind", "kind.raids-over-a-region-of-the-country (plural attacks or bombardment, جنوب البلاد)", region - 1, region + 1);
            return Kind.AGGREGATE;
        }
        // "استشهد في يوم السبت وحده 200": that day alone, all its strikes (not وحدة, a unit: it is spelled the same)
        boolean alone = lex.mayHave(f, WordSet.ALONE);
        for (int k = Math.max(from + 1, f.from + 1); alone && k < to; k++) {
            Token day = f.tokens.get(k - 1);
            if (lex.has(f.tokens.get(k), WordSet.ALONE) && (rules.dates.isWeekday(day) || DAYS.contains(day.text()))) {
                ctx.note("kind", "kind.a-day-alone (يوم السبت وحده)", k - 1, k + 1);
                return Kind.AGGREGATE;
            }
        }
        // "حرب سوريا خلفت مئات آلاف القتلى": what a war has done, its whole toll
        if (lex.mayHave(f, WordSet.WAR) && wars.isTheToll(f, seg, from, to, ctx)) return Kind.AGGREGATE;
        // "ارتفعت حصيلة العدوان المتواصل لليوم الثالث إلى 32": the toll of days of attacks, risen to a total
        boolean risen = lex.mayHave(f, WordSet.ROSE);
        for (int k = from; risen && k < to - 1; k++) {
            if (f.tokens.get(k).textIs("لليوم") && rules.dates.ordinalAt(f.tokens, k + 1, to) > 1 && lex.anyIn(f.tokens, from, to, WordSet.ROSE)) {
                ctx.note("kind", "kind.risen-over-days (ارتفعت الحصيلة ... لليوم الثالث)", k, k + 2);
                return Kind.AGGREGATE;
            }
        }
        // "شهد شهر آب مقتل 94 مدنيا": a month named as the whole of the toll's time (its subject, not "بشهر آذار": when)
        boolean month = lex.mayHave(f, WordSet.MONTH_WORD);
        for (int k = from; month && k < to - 1; k++) {
            String w = f.tokens.get(k).text();
            if ((w.equals("شهر") || w.equals("وشهر")) && rules.dates.isMonthAt(f.tokens, k + 1, to)) {
                ctx.note("kind", "kind.a-month (شهر آب)", k, k + 2);
                return Kind.AGGREGATE;
            }
        }
        // "حصيلة عدوان الاحتلال"، "شهداء حرب الإبادة": the toll of a war named by the word after it (the war's
        // word is left to the attacker rules: the party named after it is the perpetrator)
        boolean tollWord = lex.mayHave(f, WordSet.TOLL_WORD);
        for (int k = from; tollWord && k < to - 1; k++) {
            Token next = f.tokens.get(k + 1);
            // "حصيلة قتلى المواجهات"، "حصيلة الاشتباكات": the toll of the fighting, in the plural, over its days
            Token fighting = (lex.has(next, WordSet.TOLL_WORD) || next.textIs("قتلي")) && k + 2 < to ? f.tokens.get(k + 2) : next;
            boolean ofTheFighting = fighting.textIsOneOf(THE_FIGHTING);
            if (lex.has(f.tokens.get(k), WordSet.TOLL_WORD) && (lex.has(next, WordSet.WAR) || next.hasForm("عدوان") || ofTheFighting)) {
                ctx.note("kind", "kind.the-toll-of-a-war-or-the-fighting (حصيلة عدوان، ضحايا حرب، حصيلة الاشتباكات)", k, k + 2);
                return Kind.AGGREGATE;
            }
        }
        // "ارتفعت في قطاع غزة حصيلة القتلى إلى"، "الحصيلة بلغت في لبنان": a toll of a whole territory
        int territory = tollOfATerritory(f, from, to);
        if (territory >= 0 && !namesATown(f, from, to, ctx)) {
            ctx.note("kind", "kind.toll-of-a-whole-territory (حصيلة ... في قطاع غزة)", territory - 1, territory + 1);
            return Kind.AGGREGATE;
        }
        // "أدى القصف المستمر إلى"، "جراء الغارات المتواصلة على"، "المعارك الأخيرة أسفرت عن": attacks going on over
        // days, or the recent ones (in the plural: "الغارة الأخيرة" is one)
        for (var c : f.cues) { // (read in place, in order: this runs for most claims)
            if (c.from() < from || !c.value().isEvent()) continue;
            if (c.from() >= to) break;
            Token attack = f.tokens.get(c.from());
            // (a war or an aggression going on is the setting, not the toll's attacks: "في ظل الحرب المستمرة، أسفرت غارة")
            if (c.to() >= to || lex.has(attack, WordSet.WAR) || attack.hasForm("العدوان") || attack.hasForm("عدوان")) continue;
            Token next = f.tokens.get(c.to());
            // (not "القصف المتواصل منذ أمس": one bombardment going on, the منذ rules weigh its period)
            boolean since = c.to() + 1 < to && f.tokens.get(c.to() + 1).textIs("منذ");
            boolean recent = next.textIs("الاخيره") && (attack.text().endsWith("ات") || attack.textIs("المعارك"));
            // (and "في ضربات منفصلة"، "غارات متفرقة": attacks apart from each other, each an incident of its own)
            boolean definite = attack.text().startsWith("ال");
            if (definite && (lex.has(next, WordSet.ONGOING) && !since || recent) || next.textIsOneOf(APART) && attack.text().endsWith("ات")) {
                ctx.note("kind", "kind.attacks-going-on-recent-or-apart (القصف المستمر، المعارك الأخيرة، ضربات منفصلة)", c.from(), c.to() + 1);
                return Kind.AGGREGATE;
            }
        }
        // "وثقت الأمم المتحدة 9500 حالة وفاة مدنية": hundreds documented, with no day, place or single attack of their own
        boolean documented = lex.mayHave(f, WordSet.DOCUMENTED);
        for (int k = Math.max(f.from, from - 3); documented && k < seg.countsFrom(); k++) {
            if (!lex.has(f.tokens.get(k), WordSet.DOCUMENTED)) continue;
            boolean hundreds = group.stream().anyMatch(m -> m.best() != null && m.best() >= DOCUMENTED_TALLY);
            if (hundreds && namesNoDayOrPlace(f, seg, ctx) && !namesOneAttack(f, from, to)) {
                ctx.note("kind", "kind.hundreds-documented (وثقت, no day, place or single attack)", k, k + 1);
                return Kind.AGGREGATE;
            }
        }
        // منذ + a date or منذ بدء ... even when no publication date lets it resolve
        for (int k = from; k < to - 1; k++) {
            Token since = f.tokens.get(k);
            if (!since.textIs("منذ") && !since.textIs("ومنذ")) continue;
            // "the war going on for 19 days": the period of something else, not of the toll (but "قتل 70 في مواجهات
            // مستمرة منذ شهرين": clashes going on, and no single attack named, are the toll's own)
            if (k > from && lex.has(f.tokens.get(k - 1), WordSet.ONGOING) && !(k - 2 >= from
                    && f.tokens.get(k - 2).text().endsWith("ات") && f.has(k - 2, k - 1, Cue.EVENTS) && !namesOneAttack(f, from, to))) continue;
            Token next = f.tokens.get(k + 1);
            var about = lex.qualifiers.matchAt(f.tokens, k + 1, to); // "ومنذ أكثر من 20 يوما"
            if (about != null && about.to() < to) next = f.tokens.get(about.to());
            // "ومنذ الأحد، أدت الغارات ...": since a weekday, on a page with no date to count the days from
            boolean sinceAWeekday = ctx.published == null && rules.dates.isWeekday(next);
            // (a span too, after attacks going on: "مواجهات مستمرة منذ شهرين"; a bare "منذ يومين" is two days ago)
            boolean span = lex.has(next, WordSet.TIME_UNIT) && k > from && lex.has(f.tokens.get(k - 1), WordSet.ONGOING);
            if (next.isNumber() || lex.has(next, WordSet.PERIOD_START) || span || rules.dates.isMonthAt(f.tokens, k + 1, to)
                    || rules.dates.isOrdinalDayAt(f.tokens, k + 1, to) || sinceAWeekday) {
                if (ctx.explaining()) ctx.note("kind", "kind.since (منذ + a date or the start of something)", k, k + 2);
                return Kind.AGGREGATE;
            }
        }
        ctx.note("kind", "kind.incident (no period, total or several places named)", -1, -1);
        return Kind.INCIDENT;
    }

    /**
     * Where the toll's clause opens: its segment starts at the last comma before the figures, but a
     * clause word a few words further back, with no figure between, opens the same clause ("فيما
     * تسبب القصف، منذ متم أبريل، في مقتل 250": the period is the toll's).
     */
    private static int clauseOpening(SentenceFacts f, Segment seg) {
        for (int k = seg.from() - 1; k >= Math.max(f.from, seg.from() - 12); k--) {
            if (f.tokens.get(k).isNumber()) break;
            for (var c : f.cues(k, k + 1, Cue.CLAUSE)) return c.from();
        }
        return seg.from();
    }

    /** Where a new statement opens after the figures (a speech verb joined by و: "، وقال سكان إن"), else the segment's end. */
    private static int nextStatement(SentenceFacts f, Segment seg) {
        for (var said : f.attributions) {
            if (said.from() >= seg.countsTo() && said.from() < seg.to() && f.tokens.get(said.from()).startsWithConjunction()
                    && said.value() == Lexicons.Speech.VERB) return said.from();
        }
        return seg.to();
    }

    private static final String[] THE_FIGHTING = {"المواجهات", "الاشتباكات", "المعارك"};
    private static final String[] APART = {"منفصله", "متفرقه"};

    /** How many dead a documented toll with nothing else to place it sums at least to be a tally. */
    private static final long DOCUMENTED_TALLY = 100;

    /** The token of a whole country or territory after في, in a clause that speaks of a toll (حصيلة), or -1. */
    private int tollOfATerritory(SentenceFacts f, int from, int to) {
        boolean toll = false;
        if (!lex.mayHave(f, WordSet.TOLL_WORD)) return -1;
        for (int k = from; k < to && !toll; k++) toll = f.tokens.get(k).hasForm("حصيله");
        if (!toll) return -1;
        for (int k = Math.max(from + 1, f.from + 1); k < to; k++) {
            Token t = f.tokens.get(k);
            boolean in = f.tokens.get(k - 1).textIs("في") || t.text().startsWith("ب"); // في لبنان، بقطاع غزة
            if (in && (lex.has(t, WordSet.COUNTRY_WORD) || t.hasForm("قطاع") || t.hasForm("الضفه"))) return k;
        }
        return -1;
    }

    private static final java.util.Set<String> DIRECTIONS =
            java.util.Set.of("جنوب", "جنوبي", "شمال", "شمالي", "شرق", "شرقي", "غرب", "غربي", "وسط");

    /** Days that are no weekday (weekdays.tsv holds those): today, yesterday, a night. */
    private static final java.util.Set<String> DAYS = java.util.Set.of("اليوم", "الامس", "امس", "ليله", "الليله");

    /**
     * The token of a whole region or country struck: البلاد or القطاع after a direction (جنوب البلاد، شمال القطاع),
     * or a country after على (غارات الاحتلال على لبنان), or -1.
     */
    private int regionOfTheCountry(SentenceFacts f, int from, int to) {
        for (int k = Math.max(from + 1, f.from + 1); k < to; k++) {
            if (!lex.has(f.tokens.get(k), WordSet.COUNTRY_WORD)) continue; // most tokens: one bit test
            String w = f.tokens.get(k).text(), before = f.tokens.get(k - 1).text();
            if ((w.equals("البلاد") || w.equals("القطاع")) && DIRECTIONS.contains(before)) return k; // شمال القطاع
            if (before.equals("علي")) return k; // على لبنان، على القطاع
            // "جنوب وشرق لبنان": two regions of the country at once
            if (k - 2 > f.from && before.startsWith("و") && DIRECTIONS.contains(before.substring(1))
                    && DIRECTIONS.contains(f.tokens.get(k - 2).text())) return k;
        }
        return -1;
    }

    private static boolean severalOf(SentenceFacts f, int k) {
        Token t = f.tokens.get(k);
        if (!(t.hasForm("مجازر") || t.hasForm("هجمات"))) return false;
        Token before = f.tokens.get(k - 1);
        if (before.hasForm("عده") && !t.text().startsWith("ال")) return true; // عدة مجازر
        if (t.textIs("هجمات") && before.textIs("في")) return true; // "قتل 15 في هجمات بسيارات مفخخة": attacks, indefinite
        return k - 2 >= f.from && before.textIs("من") && (f.tokens.get(k - 2).hasForm("عددا") || f.tokens.get(k - 2).hasForm("عدد"));
    }

    /**
     * "الغارات على 5 محافظات"، "في ثلاث مدن": attacks on a number of towns or provinces (at least two), a
     * number that is none of the toll's figures: their toll is a tally.
     */
    private int placesCounted(SentenceFacts f, int from, int to, List<CountMention> group) {
        if (!lex.mayHave(f, WordSet.PLACES_COUNTED)) return -1;
        for (int k = from; k + 1 < to; k++) {
            Token place = f.tokens.get(k + 1);
            if (!lex.has(place, WordSet.PLACES_COUNTED) || !place.textIsOneOf(PLACES_COUNTED)) continue;
            NumberMatch n = rules.numbers.parse(f.tokens, k, k + 1);
            if (n == null || n.to() != k + 1 || n.value() == null || n.value() < 2) continue;
            int at = k;
            if (group.stream().noneMatch(m -> m.from() <= at && at < m.to())) return k;
        }
        return -1;
    }

    private static final String[] PLACES_COUNTED = {"محافظات", "مدن", "بلدات", "قري", "مناطق"};

    /** Times over, and attacks counted (ارتكب 3 مجازر، شن 4 هجمات): a number of them makes the toll a tally. */
    /** "ارتكبت 5 مجازر، أضخمها في دوما": the toll is then that one massacre's. */
    private static final java.util.Set<String> BIGGEST_OF_THEM = java.util.Set.of("اضخمها", "اكبرها", "ابرزها", "احداها", "اعنفها", "اخرها", "اولها");
    private static final String[] TIMES = {"مره", "مرات", "مجازر", "هجمات"};

    /** A year as a span of time (not عاما, an age). */
    private static final java.util.Set<String> YEARS = java.util.Set.of("عام", "العام", "وعام", "والعام", "سنه", "السنه");

    /** The word after a year's word that makes it one whole year: its number, or which one (الأول، الماضي، الذي تلاه). */
    private static boolean wholeYear(Token next) {
        if (next.isNumber()) {
            String n = next.text();
            return n.length() == 4 && (n.startsWith("19") || n.startsWith("20"));
        }
        return WHICH_YEAR.contains(next.text());
    }

    private static final java.util.Set<String> WHICH_YEAR = java.util.Set.of("الاول", "الثاني", "الثالث", "الماضي", "المنصرم", "الذي");

    /** The words after a month's name that make it the one just past. */
    private static final java.util.Set<String> LAST = java.util.Set.of("الماضي", "المنصرم");

    /** Whether the stretch names an attack in the singular (هجوما، غارة), not only plurals (غارات، التفجيرات). */
    private boolean namesOneAttack(SentenceFacts f, int from, int to) {
        for (var c : f.cues(from, to, Cue.EVENTS)) {
            org.raqib.text.Token t = f.tokens.get(c.from());
            if (!t.text().endsWith("ات") && !lex.has(t, WordSet.PLURAL_ATTACK)) return true;
        }
        return false;
    }

    /** Words of one place struck: "قصف على قرية في شمال البلاد" is one village, not a region's raids. */
    private static final java.util.Set<String> ONE_PLACE =
            java.util.Set.of("قريه", "بلده", "مدينه", "حي", "مخيم", "منزل", "سوق", "مستشفي", "مدرسه");

    /** "مدينة جسر الشغور (غربي البلاد)": a town named (or a village), the region only says where it lies. */
    private static boolean namesATown(SentenceFacts f, int from, int to, Context ctx) {
        for (var m : f.places(ctx)) {
            if (m.from() >= from && m.to() <= to && m.placeName() != null && !m.pointsBack()) return true;
        }
        for (int k = from; k < to; k++) {
            for (String form : f.tokens.get(k).forms()) if (ONE_PLACE.contains(form)) return true;
        }
        return false;
    }

    /** "the second massacre of its kind in 11 years", "the deadliest in a decade": a comparison, not the toll's period. */
    private boolean comparison(SentenceFacts f, int k) {
        for (int j = Math.max(f.from, k - 6); j < k; j++) {
            if (lex.has(f.tokens.get(j), WordSet.COMPARISON)) return true;
        }
        return false;
    }

    private boolean followedByTimeUnit(SentenceFacts f, int k) {
        for (int j = k; j < Math.min(f.to, k + 3); j++) {
            if (lex.has(f.tokens.get(j), WordSet.TIME_UNIT)) return true;
        }
        return false;
    }

    /**
     * Attacks in the plural within tokens [from, to), not one of them ("إحدى غاراته على القطاع": one raid)
     * nor on one target ("غارات طالت إحدى المدارس": one school, one strike).
     */
    boolean pluralAttacks(SentenceFacts f, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!lex.has(f.tokens.get(k), WordSet.PLURAL_ATTACK)) continue;
            if (k > f.from && oneOf(f.tokens.get(k - 1))) return false;
            for (int j = k + 1; j < Math.min(to, k + 4); j++) if (oneOf(f.tokens.get(j))) return false;
            return true;
        }
        return false;
    }

    private static boolean oneOf(Token t) { return t.hasForm("احد") || t.hasForm("احدي"); }

    /** Whether a part of a sentence names no date and no place of its own. */
    static boolean namesNoDayOrPlace(SentenceFacts f, ClaimExtractor.Segment seg, ClaimExtractor.Context ctx) {
        if (!f.dates(seg.from(), seg.to(), ctx).isEmpty()) return false;
        for (var p : f.places(ctx)) if (p.from() >= seg.from() && p.to() <= seg.to()) return false;
        return true;
    }
}
