package org.raqib.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raqib.text.ArabicNormalizer;
import org.raqib.text.FormBits;
import org.raqib.text.Token;
import org.raqib.text.Tokenizer;

class WordSetsTest {
    private static List<Token> tokens(String s) { return Tokenizer.tokenize(ArabicNormalizer.normalize(s)); }

    /** The same answers whether a set has a bit of its own or, the rule set's 64 bits used up, is looked up form by form. */
    @Test
    void membershipIsTheSameWithAndWithoutBits() {
        WordSets withBits = new WordSets(RuleSource.classpath());
        FormBits full = new FormBits();
        for (int k = 0; k < 64; k++) full.newBit();
        WordSets withoutBits = new WordSets(RuleSource.classpath(), full);
        // الماضي (past), والجاري (current, behind a conjunction), قتل (neither), a number and a comma
        for (Token t : tokens("الماضي والجاري قتل 12 ,")) {
            for (WordSet set : WordSet.values()) {
                assertThat(withoutBits.has(t, set)).as(t + " in " + set).isEqualTo(withBits.has(t, set));
            }
        }
        Token past = tokens("الماضي").getFirst();
        assertThat(withBits.has(past, WordSet.PAST)).isTrue();
        assertThat(withBits.has(past, WordSet.CURRENT)).isFalse();
        assertThat(withBits.has(tokens("والجاري").getFirst(), WordSet.CURRENT)).isTrue();
    }
}
