package org.raqib.resolve;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.raqib.rules.RuleData;
import org.raqib.rules.RuleFile;
import org.raqib.rules.WordSet;
import org.raqib.rules.WordSets;
import org.raqib.text.ArabicNormalizer;
import org.raqib.text.FormBits;
import org.raqib.text.PhraseMatcher;
import org.raqib.text.Token;

/**
 * The words of the date rules of one rule set: months.tsv (Gregorian and Hijri, the one list
 * of months), ordinals.tsv, weekdays.tsv, time-spans.tsv, span-counts.tsv and the date word
 * sets of words.tsv.
 */
final class DateWords {
    record Month(int number, boolean hijri) {}

    enum Unit { HOUR, DAY, WEEK, MONTH, YEAR }

    /** Whether the token, or one of its clitic forms, is in a date word set (PAST, CURRENT, ...). */
    boolean is(Token t, WordSet set) { return words.has(t, set); }

    final PhraseMatcher<Month> months;
    final PhraseMatcher<Integer> ordinals;
    final Map<String, DayOfWeek> weekdays = new HashMap<>();
    final Map<String, Unit> units = new HashMap<>();
    final Map<String, Integer> spanCounts = new HashMap<>();

    private final WordSets words;
    /** A bit on the first word of every month name and ordinal, and on شهر: what an absolute date can start with. */
    private final FormBits bits;
    private final long dateStart;
    /**
     * A bit on every word a relative date or a period can start with (DateResolver.relative, ago,
     * since, during): its words, its weekdays and time units, and the times of day before them.
     */
    private final long relativeStart;

    DateWords(RuleData rules) {
        words = rules.words();
        bits = rules.index();
        dateStart = bits.newBit();
        bits.add("شهر", dateStart);
        bits.add("عام", dateStart); // عام 1996: a year
        bits.add("سنه", dateStart);
        months = new PhraseMatcher<>(rules.index());
        ordinals = new PhraseMatcher<>(rules.index());
        for (RuleFile.Row r : RuleFile.read(rules.source(), "months.tsv", 3, 3)) {
            long n = r.number(1);
            if (n < 1 || n > 12) throw r.fail("month number " + n + " is not 1 to 12");
            months.add(r.col(0), new Month((int) n, r.oneOf(2, "gregorian", "hijri").equals("hijri")));
            bits.add(firstWord(r.col(0)), dateStart);
        }
        for (RuleFile.Row r : RuleFile.read(rules.source(), "ordinals.tsv", 2, 2)) {
            long n = r.number(1);
            if (n < 1 || n > 31) throw r.fail("day " + n + " is not 1 to 31");
            ordinals.add(r.col(0), (int) n);
            bits.add(firstWord(r.col(0)), dateStart);
        }
        for (RuleFile.Row r : RuleFile.read(rules.source(), "weekdays.tsv", 2, 2)) {
            weekdays.put(ArabicNormalizer.normalizeWord(r.col(0)), r.kind(1, DayOfWeek.class));
        }
        for (RuleFile.Row r : RuleFile.read(rules.source(), "time-spans.tsv", 2, 2)) {
            units.put(ArabicNormalizer.normalizeWord(r.col(0)), r.kind(1, Unit.class));
        }
        for (RuleFile.Row r : RuleFile.read(rules.source(), "span-counts.tsv", 2, 2)) {
            spanCounts.put(ArabicNormalizer.normalizeWord(r.col(0)), (int) r.number(1));
        }
        relativeStart = bits.newBit();
        for (String word : RELATIVE_OPENERS) bits.add(word, relativeStart);
        for (String word : weekdays.keySet()) bits.add(word, relativeStart);
        for (String word : units.keySet()) bits.add(word, relativeStart);
        for (String word : words.get(WordSet.TIME_OF_DAY)) bits.add(word, relativeStart);
    }

    /** The words DateResolver reads a relative date or a period from, where they open it. */
    static final java.util.List<String> RELATIVE_OPENERS = java.util.List.of("قبل", "اليوم", "امس", "البارحه", "اول", "منذ", "خلال", "علي", "بين", "من");

    /** Whether a token may start a date of any kind; false only when it cannot (most tokens, one bit test). */
    boolean mayStartAnyDate(Token t) {
        return t.isNumber() || dateStart == 0 || relativeStart == 0 || (t.mask(bits) & (dateStart | relativeStart)) != 0;
    }

    /** Whether a word token may start an absolute date (a month, an ordinal day, شهر); false only when it cannot. */
    boolean mayStartDate(Token t) { return dateStart == 0 || (t.mask(bits) & dateStart) != 0; }

    private static String firstWord(String phrase) { return ArabicNormalizer.normalizeWord(phrase).split(" ")[0]; }
}
