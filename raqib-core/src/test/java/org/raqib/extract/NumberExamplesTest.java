package org.raqib.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.raqib.text.ArabicNormalizer;
import org.raqib.text.Token;
import org.raqib.text.Tokenizer;

/** Runs numbers.examples and number-negatives.examples. */
class NumberExamplesTest {
    @TestFactory
    Stream<DynamicTest> numbers() throws Exception {
        return ExampleCorpus.lines("numbers.examples").stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> DynamicTest.dynamicTest(l, () -> {
                    String[] parts = l.split("=>");
                    String text = parts[0].strip(), want = parts[1].strip();
                    List<Token> tokens = Tokenizer.tokenize(ArabicNormalizer.normalize(text));
                    NumberMatch m = RuleSet.builtIn().numbers().parse(tokens, 0, tokens.size());
                    assertThat(m).as(text).isNotNull();
                    assertThat(m.to()).as("%s is read whole", text).isEqualTo(tokens.size());
                    String got = m.value() == null ? "?" : (m.vague() ? "~" : "") + m.value();
                    assertThat(got).as(text).isEqualTo(want);
                }));
    }

    @TestFactory
    Stream<DynamicTest> negatives() throws Exception {
        return ExampleCorpus.lines("number-negatives.examples").stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> DynamicTest.dynamicTest(l, () -> {
                    List<Token> tokens = Tokenizer.tokenize(ArabicNormalizer.normalize(l.strip()));
                    assertThat(RuleSet.builtIn().numbers().parse(tokens, 0, tokens.size())).as(l).isNull();
                }));
    }
}
