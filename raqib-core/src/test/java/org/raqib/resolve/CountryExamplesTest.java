package org.raqib.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.raqib.ExampleLines;
import org.raqib.rules.RuleData;
import org.raqib.rules.RuleSource;
import org.raqib.text.ArabicNormalizer;
import org.raqib.text.Token;
import org.raqib.text.Tokenizer;

/** Runs countries.examples: the country a report is about, from the places and parties it names. */
class CountryExamplesTest {
    private static final CountryGuesser COUNTRIES = new CountryGuesser(RuleData.of(RuleSource.classpath()));

    @TestFactory
    Stream<DynamicTest> examples() throws Exception {
        return ExampleLines.of(CountryExamplesTest.class, "countries.examples").stream().map(l -> DynamicTest.dynamicTest(l, () -> {
            String[] a = l.split("=>");
            String text = a[0].strip(), want = a[1].strip();
            List<Token> t = Tokenizer.tokenize(ArabicNormalizer.normalize(text));
            String got = COUNTRIES.guess(t);
            assertThat(got == null ? "none" : got).as(text).isEqualTo(want);
        }));
    }
}
