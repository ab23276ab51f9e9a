package org.raqib.extract;

import java.nio.file.Path;
import org.raqib.resolve.ActorDictionary;
import org.raqib.resolve.CountryGuesser;
import org.raqib.resolve.DateResolver;
import org.raqib.resolve.place.PlaceResolver;
import org.raqib.rules.RuleData;
import org.raqib.rules.RuleSource;
import org.raqib.rules.WordSet;
import org.raqib.text.SentenceSplitter;

/**
 * One set of extraction rules, loaded and checked as a whole: every word list and actor
 * property of the claim, number, date, place and actor rules. A bad row stops the loading
 * with "file:line: problem". A rule set is immutable once loaded, holds nothing shared with
 * another, and may be used by many threads; two can run side by side (to compare a change)
 * and a server reloads its rules by loading a new one.
 */
public final class RuleSet {
    /** The files of a rule set (a directory given to {@link #load(Path)} holds them all). */
    public static final java.util.List<String> FILES = java.util.List.of("words.tsv", "harm.tsv", "victims.tsv",
            "qualifiers.tsv", "cues.tsv", "attribution.tsv", "numbers.tsv", "months.tsv", "ordinals.tsv", "weekdays.tsv",
            "time-spans.tsv", "span-counts.tsv", "actor-codes.tsv", "actors.tsv", "countries.tsv", "place-words.tsv");

    private static final class BuiltIn {
        static final RuleSet RULES = load(RuleSource.classpath());
    }

    private final String origin;
    final Lexicons lexicons;
    final ArabicNumbers numbers;
    final DateResolver dates;
    final ActorDictionary actors;
    final CountryGuesser countries;
    final PlaceResolver.Words placeWords;
    final SentenceSplitter splitter;

    private RuleSet(RuleSource source) {
        RuleData data = RuleData.of(source);
        origin = source.describe("");
        lexicons = new Lexicons(data);
        numbers = new ArabicNumbers(data);
        dates = new DateResolver(data);
        actors = new ActorDictionary(data);
        countries = new CountryGuesser(data);
        placeWords = new PlaceResolver.Words(data);
        splitter = new SentenceSplitter(data.words().phrases(WordSet.PAGE_FURNITURE),
                data.words().phrases(WordSet.PAGE_FURNITURE_IF_SHORT));
    }

    /** The rules of a source; a bad row throws {@link org.raqib.rules.RuleFileException} naming its file and line. */
    public static RuleSet load(RuleSource source) { return new RuleSet(source); }

    /** The rules of a directory holding the same files as the built-in rules. */
    public static RuleSet load(Path dir) { return load(RuleSource.directory(dir)); }

    /** The rules built into the jar (loaded once; immutable). */
    public static RuleSet builtIn() { return BuiltIn.RULES; }

    public ActorDictionary actors() { return actors; }

    public DateResolver dates() { return dates; }

    public ArabicNumbers numbers() { return numbers; }

    public SentenceSplitter splitter() { return splitter; }

    public PlaceResolver.Words placeWords() { return placeWords; }

    @Override
    public String toString() { return "rules of " + origin; }
}
