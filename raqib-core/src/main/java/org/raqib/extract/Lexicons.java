package org.raqib.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.raqib.rules.RuleData;
import org.raqib.rules.RuleFile;
import org.raqib.rules.WordSet;
import org.raqib.rules.WordSets;
import org.raqib.text.ArabicNormalizer;
import org.raqib.text.PhraseMatcher;
import org.raqib.text.Token;

/**
 * The word lists of the claim rules of one rule set (harm.tsv, victims.tsv, qualifiers.tsv,
 * cues.tsv, attribution.tsv and the word sets of words.tsv). Each phrase remembers the row it
 * came from, the name an explanation gives the rule.
 */
final class Lexicons {
    /**
     * COMBINED joins dead and wounded in one figure on either side of it (13 بين قتيل وجريح);
     * COMBINED_BEFORE, a pair of verbs, only the figure after it (قتل وأصيب 14 مدنيا): before
     * it, the figure is the subject of the first verb alone (جندي قتل وأصيب ثلاثة آخرون).
     */
    enum Harm {
        KILLED, INJURED, COMBINED, COMBINED_BEFORE;

        boolean combined() { return this == COMBINED || this == COMBINED_BEFORE; }
    }

    enum Group { PERSON, DEAD, CIVILIAN, CHILD, WOMAN, COMBATANT, OTHERS }

    enum Qualifier { AT_LEAST, ABOUT, UP_TO, MORE_THAN }

    /** How attribution.tsv's phrase names a speaker: a verb, a preposition before the speaker, عن after نقل. */
    enum Speech { VERB, VIA, VIA_AFTER_VERB }

    record Victim(Group group, int alone, Harm harm) {} // alone: 1 singular, 2 dual, 0 plural

    record QualifierWord(Qualifier reading, boolean before) {}

    final PhraseMatcher<Harm> harm;
    final PhraseMatcher<Victim> victims;
    final PhraseMatcher<QualifierWord> qualifiers;
    final PhraseMatcher<Cue> cues;
    final PhraseMatcher<Speech> attribution;
    final WordSets words;
    /** "file:line" of each phrase of each table, by table and normalized phrase. */
    private final Map<String, Map<String, String>> rows = new HashMap<>();

    Lexicons(RuleData rules) {
        words = rules.words();
        harm = new PhraseMatcher<>(rules.index());
        victims = new PhraseMatcher<>(rules.index());
        qualifiers = new PhraseMatcher<>(rules.index());
        cues = new PhraseMatcher<>(rules.index());
        attribution = new PhraseMatcher<>(rules.index());
        for (RuleFile.Row r : read(rules, "harm.tsv", 2, 2)) harm.add(r.col(0), r.kind(1, Harm.class));
        for (RuleFile.Row r : read(rules, "victims.tsv", 4, 4)) {
            int alone = switch (r.oneOf(2, "sg", "du", "pl")) { case "sg" -> 1; case "du" -> 2; default -> 0; };
            Harm h = r.col(3).equals("-") ? null : r.kind(3, Harm.class);
            victims.add(r.col(0), new Victim(r.kind(1, Group.class), alone, h));
        }
        for (RuleFile.Row r : read(rules, "qualifiers.tsv", 3, 3)) {
            qualifiers.add(r.col(0), new QualifierWord(r.kind(1, Qualifier.class), r.oneOf(2, "before", "after").equals("before")));
        }
        for (RuleFile.Row r : read(rules, "cues.tsv", 2, 2)) cues.add(r.col(0), r.kind(1, Cue.class));
        for (RuleFile.Row r : read(rules, "attribution.tsv", 2, 2)) attribution.add(r.col(0), r.kind(1, Speech.class));
    }

    private List<RuleFile.Row> read(RuleData rules, String file, int min, int max) {
        List<RuleFile.Row> out = RuleFile.read(rules.source(), file, min, max);
        Map<String, String> byPhrase = rows.computeIfAbsent(file, k -> new HashMap<>());
        for (RuleFile.Row r : out) byPhrase.put(ArabicNormalizer.normalizeWord(r.col(0)), r.where());
        return out;
    }

    /** The rule name of a matched phrase: "harm.tsv:14 «مقتل»". */
    String rule(String file, PhraseMatcher.Match<?> m) { return rule(file, m.phrase()); }

    String rule(String file, String phrase) {
        String where = rows.getOrDefault(file, Map.of()).get(phrase);
        return (where == null ? file : where) + " «" + phrase + "»";
    }

    boolean has(Token t, WordSet set) { return words.has(t, set); }

    /** Whether a word of the set stands among tokens [from, to). */
    boolean anyIn(List<Token> t, int from, int to, WordSet set) {
        for (int k = from; k < to; k++) if (has(t.get(k), set)) return true;
        return false;
    }

    /** Whether a dual verb of harm (استشهدا، أصيبا) follows at token k, past a comma: the noun before it is a dual. */
    boolean dualVerbAfter(List<Token> t, int k, int to) {
        if (k < to && t.get(k).is(',')) k++;
        return k < to && t.get(k).isWord() && has(t.get(k), WordSet.DUAL_HARM_VERB);
    }

    /** Whether the sentence may hold a word of the set: one test before walking its tokens. */
    boolean mayHave(SentenceFacts f, WordSet set) { return words.mayBeIn(f.wordMask(words), set); }

    /** The longest phrase ending exactly at token {@code end} (exclusive), at most 4 tokens long. */
    static <V> PhraseMatcher.Match<V> endingAt(PhraseMatcher<V> m, List<Token> tokens, int from, int end) {
        for (int k = Math.max(from, end - 4); k < end; k++) {
            PhraseMatcher.Match<V> match = m.matchAt(tokens, k, end);
            if (match != null && match.to() == end) return match;
        }
        return null;
    }
}
