package org.raqib.resolve;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.util.List;
import org.raqib.rules.WordSet;
import org.raqib.text.PhraseMatcher.Match;
import org.raqib.text.Token;

/**
 * Dates written out in full, or with the year left to the publication date: day month [year]
 * (16 تشرين الثاني/نوفمبر 2018، في العاشر من أيلول), dd/mm/yyyy, yyyy-mm-dd, a month and its
 * year (نيسان عام 1996), a year alone after عام, a Hijri day (5 رمضان 1440 هـ).
 */
final class AbsoluteDates {
    private final DateWords w;

    AbsoluteDates(DateWords w) { this.w = w; }

    record Absolute(int to, LocalDate start, LocalDate end) {}

    /** An absolute date starting at token i: day month [year], dd/mm/yyyy, yyyy-mm-dd, month [year]. */
    Absolute read(List<Token> t, int i, int to, LocalDate pub) {
        Token tok = t.get(i);
        if (!tok.isNumber() && !w.mayStartDate(tok)) return null; // most tokens: one bit test
        if (!tok.isNumber() && (tok.hasForm("عام") || tok.hasForm("سنه"))) { // عام 1996، العام 2002: that whole year
            if (!yearWord(t, i, to)) return null; // بشكل عام، المدعي العام: no date
            int year = yearAt(t, i + 1, to);
            return new Absolute(afterYear(t, i + 2, to), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        Integer day = null;
        int j = i;
        if (tok.isNumber() && tok.number() >= 1900 && tok.number() <= 2100 && j + 4 < to && t.get(j + 1).is('-')
                && t.get(j + 2).isNumber() && t.get(j + 3).is('-') && t.get(j + 4).isNumber()) {
            return make(j + 5, (int) tok.number(), (int) t.get(j + 2).number(), (int) t.get(j + 4).number());
        }
        if (tok.isNumber() && tok.number() >= 1 && tok.number() <= 31) {
            day = (int) tok.number();
            j++;
        } else {
            Match<Integer> ord = w.ordinals.matchAt(t, i, to);
            if (ord != null && ord.to() < to && t.get(ord.to()).textIs("من")) {
                day = ord.value();
                j = ord.to() + 1;
            }
        }
        if (day != null && j < to && (t.get(j).is('/') || t.get(j).is('-'))) j++;
        // numeric dd/mm/yyyy
        if (day != null && j + 2 < to && t.get(j).isNumber() && t.get(j).number() <= 12 && (t.get(j + 1).is('/')
                || t.get(j + 1).is('-')) && t.get(j + 2).isNumber() && t.get(j + 2).number() >= 1900) {
            return make(j + 3, (int) t.get(j + 2).number(), (int) t.get(j).number(), day);
        }
        int monthAt = j;
        if (monthAt < to && (t.get(monthAt).hasForm("شهر"))) monthAt++;
        Match<DateWords.Month> month = monthAt < to ? w.months.matchAt(t, monthAt, to) : null;
        if (month == null) return null;
        if (day == null && monthAt == j && !t.get(i).hasForm("شهر")) {
            // a bare month name: only "في شهر مايو", "أيار 2018", "مايو الماضي" or "مايو الجاري" make a date (ماي، آب are also words)
            boolean withYear = month.to() < to && (yearAt(t, month.to(), to) != null || yearWord(t, month.to(), to));
            boolean withPast = month.to() < to && (w.is(t.get(month.to()), WordSet.PAST)
                    || w.is(t.get(month.to()), WordSet.CURRENT)); // أيار الماضي، مايو الجاري
            boolean afterFi = i > 0 && t.get(i - 1).textIs("في");
            if (!withYear && !withPast && !afterFi) return null;
        }
        int k = month.to();
        // a second name for the same month: تشرين الثاني/نوفمبر
        if (k + 1 < to && t.get(k).is('/')) {
            Match<DateWords.Month> second = w.months.matchAt(t, k + 1, to);
            if (second != null) k = second.to();
        } else if (k < to && w.months.matchAt(t, k, to) != null && !month.value().hijri()) {
            k = w.months.matchAt(t, k, to).to();
        }
        if (k < to && t.get(k).is('/')) k++;
        if (yearWord(t, k, to)) k++; // نيسان عام 1996
        Integer year = yearAt(t, k, to);
        if (year != null) {
            k = afterYear(t, k + 1, to);
            if (month.value().hijri() && k < to && w.is(t.get(k), WordSet.HIJRI_MARK)) k++;
        }
        boolean past = k < to && w.is(t.get(k), WordSet.PAST);
        boolean current = k < to && w.is(t.get(k), WordSet.CURRENT);
        if (past || current) k++;
        int m = month.value().number();
        if (month.value().hijri()) {
            if (year == null || day == null) return null;
            try {
                LocalDate d = LocalDate.from(HijrahDate.of(year, m, day));
                return new Absolute(k, d, d);
            } catch (RuntimeException e) {
                return null;
            }
        }
        if (year == null) {
            if (pub == null) return null;
            year = pub.getYear();
            LocalDate probe = day == null ? YearMonth.of(year, m).atDay(1) : safeDate(year, m, day);
            if (probe == null) return null;
            if (probe.isAfter(pub) || (past && !probe.isBefore(pub.withDayOfMonth(1)) && day == null)) year--;
        }
        if (day == null) {
            YearMonth ym = YearMonth.of(year, m);
            return new Absolute(k, ym.atDay(1), ym.atEndOfMonth());
        }
        LocalDate d = safeDate(year, m, day);
        return d == null ? null : new Absolute(k, d, d);
    }

    /** "عام 1996"، "العام 2002"، "سنة 2014": a year word and a year after it (a Gregorian one: not 1440). */
    private static boolean yearWord(List<Token> t, int k, int to) {
        if (k + 1 >= to || !(t.get(k).hasForm("عام") || t.get(k).hasForm("سنه"))) return false;
        Integer y = yearAt(t, k + 1, to);
        return y != null && y >= 1900;
    }

    /** Past a year and the letter م (ميلادي) written after it: 1996م. */
    private static int afterYear(List<Token> t, int k, int to) {
        return k < to && t.get(k).textIs("م") && t.get(k).start() == t.get(k - 1).end() ? k + 1 : k;
    }

    static Integer yearAt(List<Token> t, int k, int to) {
        if (k >= to || !t.get(k).isNumber()) return null;
        long y = t.get(k).number();
        return y >= 1300 && y <= 2100 ? (int) y : null; // Hijri years are in the 1400s
    }

    private static Absolute make(int to, int y, int m, int d) {
        LocalDate date = safeDate(y, m, d);
        return date == null ? null : new Absolute(to, date, date);
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
