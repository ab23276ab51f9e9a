package org.raqib.resolve;

import org.raqib.rules.WordSet;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.raqib.rules.RuleData;
import org.raqib.text.PhraseMatcher.Match;
import org.raqib.text.Token;

/**
 * Reads the dates of Arabic news: absolute ones ("16 تشرين الثاني/نوفمبر 2018"، "السبت
 * 02/يونيو/2018"، "2018-11-16"، "في العاشر من أيلول"، Hijri "5 رمضان 1440 هـ") and ones
 * relative to the publication date (اليوم، أمس، أول أمس، فجر اليوم، الثلاثاء الماضي، ليل
 * الثلاثاء الأربعاء، الأسبوع الماضي، الشهر الماضي، خلال الأشهر الثلاثة الماضية، منذ ...).
 * The words are data files of the rule set: month names (Levantine, Egyptian, Maghrebi,
 * Hijri) in months.tsv, ordinals.tsv, weekdays.tsv, time-spans.tsv, span-counts.tsv and the
 * date word sets of words.tsv. Without a publication date, relative expressions and dates
 * without a year resolve to nothing rather than to a guess.
 */
public final class DateResolver {
    private final DateWords w;

    private final AbsoluteDates absolutes;

    public DateResolver(RuleData rules) {
        this.w = new DateWords(rules);
        this.absolutes = new AbsoluteDates(w);
    }

    /**
     * Whether a month name (Gregorian or Hijri, from w.months.tsv: the one list of w.months the
     * rules have) starts at token i: a number before it is a day, not a toll.
     */
    public boolean isMonthAt(List<Token> t, int i, int limit) { return i < limit && w.months.matchAt(t, i, limit) != null; }

    /** Whether a day written as an ordinal starts at token i (السابع من أكتوبر، الأول من الشهر). */
    public boolean isOrdinalDayAt(List<Token> t, int i, int limit) {
        Match<Integer> ord = i < limit ? w.ordinals.matchAt(t, i, limit) : null;
        return ord != null && ord.to() < limit && t.get(ord.to()).textIs("من");
    }

    /** The ordinal word at token i (الثالث، العاشر), or 0. */
    public int ordinalAt(List<Token> t, int i, int limit) {
        Match<Integer> ord = i < limit ? w.ordinals.matchAt(t, i, limit) : null;
        return ord == null ? 0 : ord.value();
    }

    /** Whether a month name ends right before token {@code end}: a number there is a year (رمضان 1440). */
    public boolean isMonthBefore(List<Token> t, int from, int end) {
        for (int k = Math.max(from, end - 3); k < end; k++) {
            Match<DateWords.Month> m = w.months.matchAt(t, k, end);
            if (m != null && m.to() == end) return true;
        }
        return false;
    }

    /** Every date expression in tokens [from, to), left to right. */
    public List<DateMention> find(List<Token> t, int from, int to, LocalDate published) {
        List<DateMention> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            DateMention m = at(t, i, from, to, published);
            if (m != null) {
                if (!namesSomething(t, i, from)) out.add(m);
                i = m.to() - 1;
            } else if (t.get(i).textIsOneOf(SINCE)) {
                i = sinceEnd(t, i, to, published) - 1; // "منذ 7 أكتوبر" with no publication date: no period, not that day
            }
        }
        return out;
    }

    /** Nouns a date after which is a name: "وكالة 2 ديسمبر"، "ثورة 25 يناير"، "شارع 30 يونيو". */
    private static final java.util.Set<String> NAMED_BY_A_DATE = java.util.Set.of("وكاله", "قناه", "صحيفه", "جريده", "ثوره",
            "حركه", "شارع", "ميدان", "جسر");

    private static boolean namesSomething(List<Token> t, int i, int from) {
        int k = i;
        while (k > from && (t.get(k - 1).is('"') || t.get(k - 1).is('“') || t.get(k - 1).is('«'))) k--;
        if (k == from) return false;
        for (String form : t.get(k - 1).forms()) if (NAMED_BY_A_DATE.contains(form)) return true;
        return false;
    }

    /**
     * The day the report was written, which "today" means: its publication date, unless the text
     * names today by a weekday that date is not ("اليوم السبت" on a page put online on Sunday):
     * then that weekday, at most a few days before. Every relative date of the report is read
     * from this day (the extractor passes it to {@link #find}).
     */
    public LocalDate reportDay(List<Token> t, LocalDate published) {
        if (published == null) return null;
        int limit = Math.min(t.size() - 1, DATELINE_SEARCH_TOKENS);
        for (int i = 0; i < limit; i++) {
            if (!t.get(i).hasForm("اليوم")) continue;
            DayOfWeek wd = weekday(t.get(i + 1));
            if (wd == null) continue;
            LocalDate d = published.with(TemporalAdjusters.previousOrSame(wd));
            return published.toEpochDay() - d.toEpochDay() <= 3 ? d : published;
        }
        return published;
    }

    /** How far into a page a dateline is looked for. */
    private static final int DATELINE_SEARCH_TOKENS = 2000;

    /**
     * The publication date written at the top of a page (a dateline such as "السبت
     * 27 اغسطس 2022 | 08:51" or "نشر في 12 آذار 2019"), for reports captured without one.
     */
    public LocalDate dateline(List<Token> t) {
        int line = 0, lineStart = 0;
        // a dateline is near the top: a page with no line breaks must not be searched (and its line measured) whole
        int limit = Math.min(t.size(), DATELINE_SEARCH_TOKENS);
        for (int i = 0; i < limit && line < 8; i++) {
            Token tok = t.get(i);
            if (tok.type() == Token.Type.NEWLINE) {
                line++;
                lineStart = i + 1;
                continue;
            }
            AbsoluteDates.Absolute a = absolutes.read(t, i, t.size(), null);
            if (a == null || a.start().equals(a.end()) == false) continue;
            // "photo_2023-10-21_13-11.jpg": a date written into a file name dates the file, not the page
            if (i > 0 && tok.start() - t.get(i - 1).end() <= 1 && latinWord(t.get(i - 1).text())) continue;
            int lineEnd = i;
            while (lineEnd < limit && t.get(lineEnd).type() != Token.Type.NEWLINE) lineEnd++;
            boolean shortLine = lineEnd - lineStart <= 14;
            boolean announced = false; // نشر في: ...، بتاريخ ...، آخر تحديث: ...
            for (int k = Math.max(lineStart, i - 3); k < i; k++) announced |= w.is(t.get(k), WordSet.ANNOUNCES_DATE);
            if (shortLine || announced || agencyDateline(t, lineStart, i, a.to(), lineEnd)) return a.start();
            i = a.to() - 1;
        }
        return null;
    }

    private static boolean latinWord(String w) {
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) return false;
        }
        return !w.isEmpty();
    }

    /** "بيروت، 5 آذار/مارس 2020 (أ ف ب) - قتل ...": a date opening a long line, closed by a dash. */
    private static boolean agencyDateline(List<Token> t, int lineStart, int dateFrom, int dateTo, int lineEnd) {
        if (dateFrom - lineStart > 3) return false;
        for (int k = dateTo; k < Math.min(lineEnd, dateTo + 7); k++) {
            if (t.get(k).is('-') || t.get(k).is('–') || t.get(k).is('—')) return true;
        }
        return false;
    }

    private DateMention at(List<Token> t, int i, int from, int to, LocalDate pub) {
        Token tok = t.get(i);
        if (!w.mayStartAnyDate(tok)) return null;
        if (tok.textIsOneOf(SINCE)) return since(t, i, to, pub);
        if (tok.textIs("خلال")) return during(t, i, to, pub);
        // "على مدى الأشهر الثلاثة الماضية" is "خلال ..."
        if (tok.textIs("علي") && i + 1 < to && t.get(i + 1).textIs("مدي")) return during(t, i + 1, to, pub, i);
        if (tok.textIs("بين") || tok.textIs("من")) return between(t, i, to, pub);
        AbsoluteDates.Absolute a = absolutes.read(t, i, to, pub);
        if (a != null) return new DateMention(i, a.to(), a.start(), a.end(), false);
        return relative(t, i, to, pub);
    }

    private static final String[] SINCE = {"منذ", "ومنذ"};

    /** منذ + a date, a day, or the start of the month or year: a period up to publication. */
    private DateMention since(List<Token> t, int i, int to, LocalDate pub) {
        if (pub == null) return null;
        // "الحصيلة الأدنى منذ بدء النزاع": a comparison with the past, not the period counted
        for (int k = i - 1; k >= Math.max(0, i - 4) && !t.get(k).is('.'); k--) {
            if (w.is(t.get(k), WordSet.SUPERLATIVE)) return null;
        }
        int j = i + 1;
        if (j < to && w.is(t.get(j), WordSet.START_OF)) {
            if (j + 1 < to && (t.get(j + 1).hasForm("الشهر") || t.get(j + 1).hasForm("شهر"))) {
                return new DateMention(i, j + 2, pub.withDayOfMonth(1), pub, true);
            }
            if (j + 1 < to && (t.get(j + 1).hasForm("العام") || t.get(j + 1).hasForm("السنه"))) {
                return new DateMention(i, j + 2, pub.withDayOfYear(1), pub, true);
            }
        }
        // منذ [words ...] date: منذ سريان الهدنة يوم 11 أكتوبر الماضي، منذ بدء الحرب في 7 أكتوبر 2023
        for (int k = j; k < Math.min(to, j + 8); k++) {
            if (t.get(k).is('.') || t.get(k).is(',')) break;
            AbsoluteDates.Absolute a = absolutes.read(t, k, to, pub);
            // a period "since" a day after publication is a misreading (or a typo): no period
            if (a != null) return a.start().isAfter(pub) ? null : new DateMention(i, a.to(), a.start(), pub, true);
            DateMention r = relative(t, k, to, pub);
            if (r != null) return r.start().isAfter(pub) ? null : new DateMention(i, r.to(), r.start(), pub, true);
            // a year: منذ عام 2011، منذ اندلاعه عام 2011، منذ 2014
            boolean yearWord = t.get(k).hasForm("عام") || t.get(k).hasForm("سنه");
            int y = yearWord ? k + 1 : k;
            Integer year = y < to && (yearWord || y == j) && t.get(y).isNumber() ? AbsoluteDates.yearAt(t, y, to) : null;
            if (year != null && year <= pub.getYear()) return new DateMention(i, y + 1, LocalDate.of(year, 1, 1), pub, true);
        }
        return null;
    }

    /** Where an unresolvable "منذ ..." ends, so the date inside it is not read as the event's day. */
    private int sinceEnd(List<Token> t, int i, int to, LocalDate pub) {
        for (int k = i + 1; k < Math.min(to, i + 9); k++) {
            if (t.get(k).is('.') || t.get(k).is(',')) return k;
            AbsoluteDates.Absolute a = absolutes.read(t, k, to, pub);
            if (a != null) return a.to();
        }
        return i + 1;
    }

    /** خلال + a span of time: خلال الأشهر الثلاثة الماضية، خلال الـ24 ساعة الماضية، خلال الساعات الأخيرة. */
    private DateMention during(List<Token> t, int i, int to, LocalDate pub) { return during(t, i, to, pub, i); }

    /** The span after token i, the mention opening at {@code opens}. */
    private DateMention during(List<Token> t, int i, int to, LocalDate pub, int opens) {
        if (pub == null) return null;
        int j = i + 1;
        Long n = null;
        DateWords.Unit unit = null;
        int end = j;
        for (int k = j; k < Math.min(to, j + 4); k++) {
            Token tok = t.get(k);
            if (tok.textIs("ال")) continue;
            if (tok.isNumber()) {
                n = tok.number();
            } else if (unit == null && unitOf(tok) != null) {
                unit = unitOf(tok);
            } else if (n == null && numberWord(tok) != null) { // الأشهر الثلاثة، الثلاثة أشهر
                n = (long) numberWord(tok);
            } else if (w.is(tok, WordSet.PAST)) {
                end = k + 1;
                break;
            } else {
                break;
            }
            end = k + 1;
        }
        if (unit == null) return null;
        long count = n == null ? (unit == DateWords.Unit.HOUR ? 24 : 1) : n;
        boolean plural = n == null && unit != DateWords.Unit.HOUR;
        if (plural) {
            // خلال الشهر الماضي: the calendar month before
            if (unit == DateWords.Unit.MONTH) {
                YearMonth ym = YearMonth.from(pub).minusMonths(1);
                return new DateMention(opens, end, ym.atDay(1), ym.atEndOfMonth(), false);
            }
            if (unit == DateWords.Unit.WEEK) return new DateMention(opens, end, pub.minusDays(7), pub.minusDays(1), false);
            return null;
        }
        LocalDate start = switch (unit) {
            case HOUR -> pub.minusDays(Math.max(0, (count - 1) / 24));
            case DAY -> pub.minusDays(count);
            case WEEK -> pub.minusWeeks(count);
            case MONTH -> pub.minusMonths(count);
            case YEAR -> pub.minusYears(count);
        };
        return new DateMention(opens, end, start, pub, true);
    }

    /**
     * A period between two dates: "بين مارس 2015 و10 مارس الجاري"، "في الفترة من أغسطس 2014 إلى
     * الآن"، "من 1 إلى 15 أيلول" is not one (the first must be a date of its own). The tally's, from
     * the first day of the first to the last of the second; "الآن" and "اليوم" are the publication day.
     */
    private DateMention between(List<Token> t, int i, int to, LocalDate pub) {
        if (i + 2 >= to) return null;
        AbsoluteDates.Absolute a = pastOtherName(t, i + 1, to, pub);
        if (a == null || a.to() >= to) return null;
        Token link = t.get(a.to());
        boolean and = link.textIs("و"), joined = !and && link.startsWithConjunction();
        boolean until = link.hasForm("الي") || link.hasForm("حتي");
        if (t.get(i).textIs("بين") ? !(and || joined) : !until) return null;
        int k = joined ? a.to() : a.to() + 1; // "ومارس 2017": the و written on the month
        if (k >= to) return null;
        if (t.get(k).hasForm("الان") || t.get(k).hasForm("اليوم")) {
            return pub == null || pub.isBefore(a.start()) ? null : new DateMention(i, k + 1, a.start(), pub, true);
        }
        AbsoluteDates.Absolute b = pastOtherName(t, k, to, pub);
        if (b == null || b.end().isBefore(a.start())) return null;
        return new DateMention(i, b.to(), a.start(), b.end(), true);
    }

    /** "نوفمبر/تشرين الثاني 2016": a date from token k, past a month's other name and a slash before it. */
    private AbsoluteDates.Absolute pastOtherName(List<Token> t, int k, int to, LocalDate pub) {
        for (int j = k; j < Math.min(to, k + 4); j++) {
            AbsoluteDates.Absolute a = absolutes.read(t, j, to, pub);
            if (a != null) return a;
            if (!t.get(j).is('/') && w.months.matchAt(t, j, to) == null) return null;
        }
        return null;
    }

    private DateWords.Unit unitOf(Token t) {
        for (String f : t.forms()) {
            DateWords.Unit u = w.units.get(f);
            if (u != null) return u;
        }
        return null;
    }

    private Integer numberWord(Token t) { return w.spanCounts.get(t.text()); }


    /** قبل يومين، قبل 6 أيام، قبل ساعات: days before publication. */
    private DateMention ago(List<Token> t, int i, int to, LocalDate pub) {
        if (!t.get(i).textIs("قبل") || i + 1 >= to) return null;
        Token n = t.get(i + 1);
        if (n.hasForm("يومين")) return new DateMention(i, i + 2, pub.minusDays(2), pub.minusDays(2), false);
        if (unitOf(n) == DateWords.Unit.HOUR || n.hasForm("ساعتين") || n.hasForm("قليل")) return new DateMention(i, i + 2, pub, pub, false);
        if (n.isNumber() && n.text().chars().allMatch(Character::isDigit) && n.text().length() <= 2 && i + 2 < to
                && unitOf(t.get(i + 2)) == DateWords.Unit.DAY) {
            LocalDate d = pub.minusDays(Integer.parseInt(n.text()));
            return new DateMention(i, i + 3, d, d, false);
        }
        return null;
    }

    /** اليوم، أمس، أول أمس، (يوم) الجمعة (الماضي)، ليل الثلاثاء الأربعاء، الأسبوع/الشهر الماضي. */
    private DateMention relative(List<Token> t, int i, int to, LocalDate pub) {
        if (pub == null) return null;
        DateMention ago = ago(t, i, to, pub);
        if (ago != null) return ago;
        int j = i;
        while (j < to && w.is(t.get(j), WordSet.TIME_OF_DAY) && !isDayWord(t.get(j))) j++;
        if (j >= to || j - i > 2) return null;
        Token tok = t.get(j);
        if (tok.hasForm("اليوم")) {
            int end = j + 1;
            // اليوم السبت (the day itself: a weekday that is not the publication day's moved the report's day, reportDay)
            if (end < to && weekday(t.get(end)) != null) end++;
            return new DateMention(i, end, pub, pub, false);
        }
        if (tok.hasForm("امس") || tok.hasForm("البارحه")) {
            int end = j + 1;
            int k = end < to && t.get(end).is(',') ? end + 1 : end;
            LocalDate d = pub.minusDays(1);
            if (k < to && weekday(t.get(k)) != null) { // يوم أمس، الجمعة
                end = k + 1;
                // "أمس السبت" on a page dated Monday: yesterday of the writing, and the weekday says which day
                DayOfWeek wd = weekday(t.get(k));
                if (d.getDayOfWeek() != wd) d = pub.with(TemporalAdjusters.previous(wd));
            }
            return new DateMention(i, end, d, d, false);
        }
        if (tok.textIs("اول") && j + 1 < to && (t.get(j + 1).hasForm("امس")
                || (t.get(j + 1).textIs("من") && j + 2 < to && t.get(j + 2).hasForm("امس")))) {
            int end = t.get(j + 1).hasForm("امس") ? j + 2 : j + 3;
            LocalDate d = pub.minusDays(2);
            return new DateMention(i, end, d, d, false);
        }
        // الليلة الماضية، الليلة الفائتة: the night before the report, dated as its evening
        if (j > i && t.get(j - 1).hasForm("ليله") && w.is(tok, WordSet.PAST)) {
            LocalDate d = pub.minusDays(1);
            return new DateMention(i, j + 1, d, d, false);
        }
        DayOfWeek wd = weekday(tok);
        // سوق الثلاثاء، سوق الأحد: a market named after the day it is held, a place
        if (wd != null && j == i && i > 0 && t.get(i - 1).hasForm("سوق")) return null;
        if (wd != null) {
            int end = j + 1;
            boolean past = end < to && w.is(t.get(end), WordSet.PAST);
            if (past) end++;
            LocalDate d = pub.with(TemporalAdjusters.previousOrSame(wd));
            if (past && d.equals(pub)) d = d.minusWeeks(1);
            // ليل الثلاثاء الأربعاء: the night between two days
            if (end < to && weekday(t.get(end)) == wd.plus(1) && j > i) {
                return new DateMention(i, end + 1, d, d.plusDays(1), false);
            }
            return new DateMention(i, end, d, d, false);
        }
        if (j + 1 < to && w.is(t.get(j + 1), WordSet.PAST)) {
            DateWords.Unit unit = unitOf(tok);
            if (unit == DateWords.Unit.WEEK && tok.text().startsWith("ال")) {
                LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                return new DateMention(i, j + 2, monday, monday.plusDays(6), false);
            }
            if (unit == DateWords.Unit.MONTH && tok.text().startsWith("ال")) {
                YearMonth ym = YearMonth.from(pub).minusMonths(1);
                return new DateMention(i, j + 2, ym.atDay(1), ym.atEndOfMonth(), false);
            }
            if (unit == DateWords.Unit.YEAR && tok.text().startsWith("ال")) {
                int y = pub.get(ChronoField.YEAR) - 1;
                return new DateMention(i, j + 2, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), false);
            }
        }
        return null;
    }

    /** Whether the token names a day of the week (weekdays.tsv), with or without its clitics. */
    public boolean isWeekday(Token t) { return weekday(t) != null; }

    private boolean isDayWord(Token t) {
        return weekday(t) != null || t.hasForm("اليوم") || t.hasForm("امس");
    }

    private DayOfWeek weekday(Token t) {
        if (!t.isWord()) return null;
        for (String f : t.forms()) {
            DayOfWeek d = w.weekdays.get(f);
            if (d != null) return d;
        }
        return null;
    }

}
