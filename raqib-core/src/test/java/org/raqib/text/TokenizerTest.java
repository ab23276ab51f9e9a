package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static List<Token> tokens(String s) { return Tokenizer.tokenize(ArabicNormalizer.normalize(s)); }

    @Test
    void splitsLettersFromDigitsAndKeepsThousandsSeparators() {
        assertThat(tokens("و799 الـ12 1,500 3, 4").stream().map(Token::text))
                .containsExactly("و", "799", "ال", "12", "1,500", "3", ",", "4");
        assertThat(tokens("1,500").getFirst().number()).isEqualTo(1500);
    }

    @Test
    void wordFormsDropProcliticsTheArticleAndPronounSuffixes() {
        assertThat(tokens("وبالقصف").getFirst().forms()).contains("وبالقصف", "بالقصف", "القصف", "قصف");
        assertThat(tokens("للتحالف").getFirst().forms()).contains("التحالف", "تحالف");
        assertThat(tokens("مصرعهم").getFirst().forms()).contains("مصرع");
        // a ta marbuta is written ت before a suffix: مسؤوليتها is مسؤولية + ها
        assertThat(tokens("مسؤوليتها").getFirst().forms()).contains("مسووليه");
        // a word with the article takes no pronoun suffix: بالإضافة is not إضاف + ه
        assertThat(tokens("بالإضافة").getFirst().forms()).doesNotContain("اضاف");
    }

    @Test
    void aWebAddressIsOneTokenWithNoNumberInIt() {
        List<Token> t = tokens("المصدر https://example.org/20250919/مقتل-5-مدنيين اليوم");
        assertThat(t.stream().map(Token::text)).containsExactly("المصدر", "https://example.org/20250919/مقتل-5-مدنيين", "اليوم");
        assertThat(t.get(1).isWord()).isFalse();
        assertThat(t.get(1).isNumber()).isFalse();
    }

    @Test
    void hashtagsBecomeWords() {
        assertThat(tokens("#دير_الزور").stream().map(Token::text)).containsExactly("#", "دير", "الزور");
    }

    @Test
    void aWordMetAgainIsTheSameWordWithTheSameForms() {
        List<Token> a = tokens("قصف وبالقصف");
        List<Token> b = tokens("بدأ القصف ثم وبالقصف");
        assertThat(b.get(3).text()).isEqualTo("وبالقصف");
        assertThat(b.get(3).forms()).isSameAs(a.get(1).forms());
        assertThat(b.get(1).forms()).containsExactly("القصف", "قصف");
    }

    @Test
    void numbersAndPunctuationHaveOnlyThemselvesAsForms() {
        for (Token t : tokens("2019 1,500 ، . - \" ( 😀 12")) {
            assertThat(t.forms()).as(t.text()).containsExactly(t.text());
        }
        assertThat(tokens("😀").getFirst().text()).isEqualTo("😀");
    }

    @Test
    void wordsWithTheSameHashStayApart() {
        assertThat("ثا".hashCode()).isEqualTo("تن".hashCode()); // so they share a slot of the vocabulary
        for (int round = 0; round < 2; round++) {
            assertThat(tokens("ثا تن ثا").stream().map(Token::text)).containsExactly("ثا", "تن", "ثا");
            assertThat(tokens("تن").getFirst().forms()).containsExactly("تن");
        }
    }

    @Test
    void masksFollowTheBitsTheyWereAskedFor() {
        FormBits first = new FormBits();
        FormBits second = new FormBits();
        first.add("قصف", 1);
        second.add("القصف", 2);
        Token t = tokens("بالقصف").getFirst();
        assertThat(t.mask(first)).isEqualTo(1);
        assertThat(t.mask(second)).isEqualTo(2);
        assertThat(tokens("بالقصف").getFirst().mask(first)).isEqualTo(1);
        // a form added later (a rule set still loading) is seen: the cached mask is stale
        first.add("بالقصف", 4);
        assertThat(t.mask(first)).isEqualTo(5);
        assertThat(tokens("قتل").getFirst().mask(first)).isZero();
    }

    @Test
    void aWordGivesEachOfManyBitSetsItsOwnMaskAcrossThreads() throws Exception {
        // more bit sets than a word holds in its own fields, asked in different orders by threads at once
        FormBits[] sets = {new FormBits(), new FormBits(), new FormBits(), new FormBits()};
        for (int s = 0; s < sets.length; s++) sets[s].add("قصف", 1L << s);
        for (int s = 0; s < sets.length; s++) sets[s].add("غاره", 1L << (10 + s));
        int threads = 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<Integer>> done = new java.util.ArrayList<>();
            for (int th = 0; th < threads; th++) {
                int shift = th;
                done.add(pool.submit(() -> {
                    int checked = 0;
                    for (int round = 0; round < 200; round++) {
                        // a word never met before in each round, so its fields are claimed while the threads race
                        String letters = "ابتثجحخدذرزسشصضطظعغ";
                        String fresh = "بالقصف" + letters.charAt(round % letters.length()) + letters.charAt(round / letters.length());
                        for (Token t : tokens(fresh + " بالقصف والغاره غارة")) {
                            for (int k = 0; k < sets.length; k++) {
                                int s = (k + shift) % sets.length;
                                long expected = t.hasForm("قصف") ? 1L << s : t.hasForm("غاره") ? 1L << (10 + s) : 0;
                                assertThat(t.mask(sets[s])).isEqualTo(expected);
                                checked++;
                            }
                        }
                    }
                    return checked;
                }));
            }
            for (var f : done) assertThat(f.get()).isPositive();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void longWordsSharingTheirFirstTwelveLettersStayApart() {
        assertThat(tokens("والمستشفياتهم والمستشفياتهن والمستشفياتهم").stream().map(Token::text))
                .containsExactly("والمستشفياتهم", "والمستشفياتهن", "والمستشفياتهم");
        assertThat(tokens("ابتثجحخدذرزسش ابتثجحخدذرزسص").stream().map(Token::text))
                .containsExactly("ابتثجحخدذرزسش", "ابتثجحخدذرزسص");
    }
}
