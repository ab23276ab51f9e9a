package org.raqib.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.raqib.rules.RuleFile;
import org.raqib.rules.RuleSource;
import org.raqib.text.ArabicNormalizer;
import org.raqib.text.PhraseMatcher;
import org.raqib.text.Token;
import org.raqib.text.Tokenizer;

/**
 * Lint of the rule files: no row is shadowed by another (a phrase given twice in one table:
 * the later row silently replaces the earlier), and the rows of the claim word lists are read
 * by examples of the example corpora (an unexercised row is an untested rule). Coverage is a
 * ratchet: the rows no example reads may only become fewer ({@link #UNCOVERED_AT_MOST}), and
 * a new row must come with an example; the goal is zero.
 */
class RuleLintTest {
    /** The phrase tables: file and the column that, with the phrase, makes a row distinct (-1: the phrase alone). */
    private static final Map<String, Integer> TABLES = Map.ofEntries(Map.entry("harm.tsv", -1),
            Map.entry("victims.tsv", -1), Map.entry("qualifiers.tsv", -1), Map.entry("cues.tsv", -1),
            Map.entry("attribution.tsv", -1), Map.entry("numbers.tsv", -1), Map.entry("months.tsv", -1),
            Map.entry("ordinals.tsv", -1), Map.entry("weekdays.tsv", -1), Map.entry("time-spans.tsv", -1),
            Map.entry("span-counts.tsv", -1), Map.entry("actors.tsv", -1), Map.entry("countries.tsv", -1),
            Map.entry("place-words.tsv", -1), Map.entry("words.tsv", 1), Map.entry("actor-codes.tsv", -1));
    /**
     * Rows of each table that no example reads yet: a table at 0 is fully covered and must stay
     * so; the others may only go down as examples are written (a ratchet toward 0).
     */
    private static final Map<String, Integer> UNCOVERED_AT_MOST = Map.ofEntries(Map.entry("harm.tsv", 0),
            Map.entry("qualifiers.tsv", 0), Map.entry("attribution.tsv", 0), Map.entry("months.tsv", 0),
            Map.entry("ordinals.tsv", 0), Map.entry("weekdays.tsv", 0), Map.entry("time-spans.tsv", 0),
            Map.entry("span-counts.tsv", 1), Map.entry("cues.tsv", 0), Map.entry("victims.tsv", 10),
            Map.entry("place-words.tsv", 0), Map.entry("countries.tsv", 0), Map.entry("actors.tsv", 152));
    private static final List<String> COVERED = List.copyOf(new java.util.TreeSet<>(UNCOVERED_AT_MOST.keySet()));
    private static final List<String[]> CORPORA = List.of(new String[]{"/org/raqib/extract/", "claims.examples"},
            new String[]{"/org/raqib/extract/", "words.examples"},
            new String[]{"/org/raqib/extract/", "numbers.examples"}, new String[]{"/org/raqib/resolve/", "dates.examples"},
            new String[]{"/org/raqib/resolve/", "actors.examples"}, new String[]{"/org/raqib/resolve/", "countries.examples"},
            new String[]{"/org/raqib/resolve/place/", "places.examples"});

    @Test
    void everyRuleFileIsListedAndNoRowIsShadowed() {
        assertThat(TABLES.keySet()).containsExactlyInAnyOrderElementsOf(RuleSet.FILES);
        List<String> shadowed = new ArrayList<>();
        TABLES.forEach((file, distinct) -> {
            Map<String, String> seen = new HashMap<>();
            for (RuleFile.Row r : RuleFile.read(RuleSource.classpath(), file, 1, 9)) {
                String key = ArabicNormalizer.normalizeWord(r.col(0)) + (distinct < 0 ? "" : "\t" + r.col(distinct));
                if (file.equals("actor-codes.tsv")) key = r.col(0);
                String before = seen.putIfAbsent(key, r.where());
                if (before != null) shadowed.add(r.where() + " repeats " + before + " («" + r.col(0) + "»)");
            }
        });
        assertThat(shadowed).as("rows that repeat an earlier row (remove one)").isEmpty();
    }

    /** The phrase tables read by a matcher: a row whose own words do not match it can never be read. */
    private static final List<String> MATCHED = List.of("harm.tsv", "victims.tsv", "qualifiers.tsv", "cues.tsv",
            "attribution.tsv", "months.tsv", "ordinals.tsv", "actors.tsv", "countries.tsv", "place-words.tsv");

    @Test
    void everyPhraseMatchesItsOwnWordsAsTheTokenizerSplitsThem() {
        List<String> unreachable = new ArrayList<>();
        for (String file : MATCHED) {
            for (RuleFile.Row r : RuleFile.read(RuleSource.classpath(), file, 1, 9)) {
                PhraseMatcher<String> one = new PhraseMatcher<String>().add(r.col(0), r.where());
                List<Token> t = Tokenizer.tokenize(ArabicNormalizer.normalize(r.col(0)));
                var m = t.isEmpty() ? null : one.matchAt(t, 0, t.size());
                if (m == null || m.to() != t.size()) unreachable.add(r.where() + " «" + r.col(0) + "»");
            }
        }
        assertThat(unreachable).as("rows whose words never match as the tokenizer splits them").isEmpty();
    }

    @Test
    void everyRowOfTheClaimWordListsIsReadByAnExample() throws Exception {
        List<List<Token>> examples = new ArrayList<>();
        for (String[] c : CORPORA) {
            for (String line : lines(c[0] + c[1])) examples.add(Tokenizer.tokenize(ArabicNormalizer.normalize(line)));
        }
        Map<String, List<String>> uncovered = new TreeMap<>();
        for (String file : COVERED) {
            for (RuleFile.Row r : RuleFile.read(RuleSource.classpath(), file, 1, 9)) {
                PhraseMatcher<String> one = new PhraseMatcher<String>().add(r.col(0), r.where());
                if (!readSomewhere(one, examples)) uncovered.computeIfAbsent(file, k -> new ArrayList<>()).add(r.where() + " «" + r.col(0) + "»");
            }
        }
        for (String file : COVERED) {
            List<String> rows = uncovered.getOrDefault(file, List.of());
            assertThat(rows.size()).as("rows of %s no example reads (add an example to a corpus):\n%s", file, rows)
                    .isLessThanOrEqualTo(UNCOVERED_AT_MOST.get(file));
        }
    }

    private static boolean readSomewhere(PhraseMatcher<String> m, List<List<Token>> examples) {
        for (List<Token> t : examples) {
            for (int i = 0; i < t.size(); i++) if (m.matchAt(t, i, t.size()) != null) return true;
        }
        return false;
    }

    private static List<String> lines(String resource) throws Exception {
        var in = RuleLintTest.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing " + resource);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.startsWith("#")).map(l -> l.startsWith("> ") ? l.substring(2) : l).toList();
        }
    }
}
