package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
    private static List<Token> tokens(String s) { return Tokenizer.tokenize(ArabicNormalizer.normalize(s)); }

    /** The same phrases in a matcher of its own and in one that shares an index of first words. */
    private static List<PhraseMatcher<String>> both(String... phrasesAndValues) {
        PhraseMatcher<String> alone = new PhraseMatcher<>();
        PhraseMatcher<String> indexed = new PhraseMatcher<>(new FormBits());
        for (int k = 0; k < phrasesAndValues.length; k += 2) {
            alone.add(phrasesAndValues[k], phrasesAndValues[k + 1]);
            indexed.add(phrasesAndValues[k], phrasesAndValues[k + 1]);
        }
        return List.of(alone, indexed);
    }

    @Test
    void theLongestPhraseStartingAtATokenWins() {
        for (PhraseMatcher<String> m : both("قوات", "forces", "قوات النظام", "regime", "قوات النظام السوري", "syrian regime")) {
            List<Token> t = tokens("قصفت قوات النظام السوري البلدة");
            assertThat(m.matchAt(t, 1, t.size())).extracting(PhraseMatcher.Match::value, PhraseMatcher.Match::to)
                    .containsExactly("syrian regime", 4);
            // the longer phrase's next word is missing: the shorter one
            t = tokens("قصفت قوات النظام البلدة");
            assertThat(m.matchAt(t, 1, t.size()).value()).isEqualTo("regime");
            t = tokens("قصفت قوات تركية البلدة");
            assertThat(m.matchAt(t, 1, t.size()).value()).isEqualTo("forces");
            assertThat(m.matchAt(t, 0, t.size())).isNull();
        }
    }

    @Test
    void aPhraseEndsBeforeTheLimit() {
        for (PhraseMatcher<String> m : both("قوات", "forces", "قوات النظام", "regime")) {
            List<Token> t = tokens("قوات النظام");
            assertThat(m.matchAt(t, 0, 1).value()).isEqualTo("forces");
            assertThat(m.matchAt(t, 0, 2).value()).isEqualTo("regime");
            assertThat(m.matchAt(t, 0, 0)).isNull();
        }
    }

    @Test
    void cliticFormsAndQuotesBetweenWordsMatch() {
        for (PhraseMatcher<String> m : both("التحالف الدولي", "coalition", "تنظيم داعش", "isis")) {
            List<Token> t = tokens("غارة للتحالف الدولي");
            assertThat(m.matchAt(t, 1, t.size())).extracting(PhraseMatcher.Match::value, PhraseMatcher.Match::phrase)
                    .containsExactly("coalition", "التحالف الدولي");
            t = tokens("عناصر تنظيم \"داعش\" هاجموا");
            PhraseMatcher.Match<String> isis = m.matchAt(t, 1, t.size());
            assertThat(isis.value()).isEqualTo("isis");
            assertThat(t.get(isis.to() - 1).is('"')).isFalse(); // the closing quote is no part of it
            assertThat(t.get(isis.to() - 1).text()).isEqualTo("داعش");
        }
    }

    @Test
    void aPhraseAddedAgainTakesItsNewValueAndTheFirstAddedWinsATie() {
        for (PhraseMatcher<String> m : both("جيش الاحتلال", "old", "جيش الاحتلال", "new")) {
            List<Token> t = tokens("جيش الاحتلال");
            assertThat(m.matchAt(t, 0, t.size()).value()).isEqualTo("new");
        }
        // "الدولي" reads as الدولي and as دولي: two phrases of two words match it; the one added first is taken
        for (PhraseMatcher<String> m : both("تحالف دولي", "first", "تحالف الدولي", "second")) {
            List<Token> t = tokens("تحالف الدولي");
            assertThat(m.matchAt(t, 0, t.size()).value()).isEqualTo("first");
        }
        for (PhraseMatcher<String> m : both("تحالف الدولي", "first", "تحالف دولي", "second")) {
            List<Token> t = tokens("تحالف الدولي");
            assertThat(m.matchAt(t, 0, t.size()).value()).isEqualTo("first");
        }
    }

    @Test
    void manyPhrasesUnderOneWordAndManyFirstWordsAreAllFound() {
        // past the few words a node scans in order, its words go into a hash table that grows
        String[] seconds = {"الاولي", "الثانيه", "الثالثه", "الرابعه", "الخامسه", "السادسه", "السابعه", "الثامنه", "التاسعه",
                "العاشره", "الحاديه", "الثانيه عشره", "حلب", "حماه", "حمص", "درعا", "ادلب", "الرقه", "دمشق", "اللاذقيه",
                "طرطوس", "القنيطره", "السويداء", "الحسكه", "دير الزور", "بغداد", "البصره", "الموصل", "كركوك", "اربيل",
                "النجف", "كربلاء", "صنعاء", "عدن", "تعز", "مارب"};
        List<String> args = new ArrayList<>();
        for (String s : seconds) {
            args.add("الفرقه " + s);
            args.add("division " + s);
            args.add(s + " الجديده");
            args.add("new " + s);
        }
        for (PhraseMatcher<String> m : both(args.toArray(String[]::new))) {
            for (String s : seconds) {
                List<Token> t = tokens("الفرقه " + s + " الجديده");
                assertThat(m.matchAt(t, 0, t.size()).value()).isEqualTo("division " + s);
                assertThat(m.matchAt(t, 1, t.size()).value()).isEqualTo("new " + s);
            }
            List<Token> t = tokens("الفرقه الخمسون");
            assertThat(m.matchAt(t, 0, t.size())).isNull();
        }
    }

    @Test
    void findAllTakesTheLongestMatchesWithoutOverlap() {
        for (PhraseMatcher<String> m : both("قوات", "forces", "قوات النظام", "regime", "النظام", "the regime")) {
            List<Token> t = tokens("قوات النظام والنظام وقوات");
            assertThat(m.findAll(t, 0, t.size())).extracting(PhraseMatcher.Match::value)
                    .containsExactly("regime", "the regime", "forces");
        }
    }
}
