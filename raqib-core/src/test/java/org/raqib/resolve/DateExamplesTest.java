package org.raqib.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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

/** Runs dates.examples: every example of the date rules is a test. */
class DateExamplesTest {
    private static final DateResolver DATES = new DateResolver(RuleData.of(RuleSource.classpath()));

    @TestFactory
    Stream<DynamicTest> examples() throws Exception {
        return ExampleLines.of(DateExamplesTest.class, "dates.examples").stream().map(l -> DynamicTest.dynamicTest(l, () -> {
            String[] a = l.split("\\|", 2);
            String[] b = a[1].split("=>");
            LocalDate published = a[0].isBlank() || a[0].strip().equals("-") ? null : LocalDate.parse(a[0].strip());
            String text = b[0].strip(), want = b[1].strip();
            List<Token> t = Tokenizer.tokenize(ArabicNormalizer.normalize(text));
            // as the extractor reads a report: relative dates from the day it was written (reportDay)
            List<DateMention> found = DATES.find(t, 0, t.size(), DATES.reportDay(t, published));
            if (want.equals("none")) {
                assertThat(found).as(text).isEmpty();
            } else {
                assertThat(found).as(text).isNotEmpty();
                DateMention m = found.getFirst();
                assertThat(m.start() + ".." + m.end()).as(text).isEqualTo(want);
            }
        }));
    }
}
