package org.raqib.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.raqib.ExampleLines;
import org.raqib.text.ArabicNormalizer;
import org.raqib.text.Token;
import org.raqib.text.Tokenizer;

/** Runs places.examples against the default gazetteer. */
class PlaceExamplesTest {
    private static final PlaceResolver RESOLVER = new PlaceResolver(Gazetteer.defaults(),
            new PlaceResolver.Words(org.raqib.rules.RuleData.of(org.raqib.rules.RuleSource.classpath())));

    @TestFactory
    Stream<DynamicTest> examples() throws Exception {
        return ExampleLines.of(PlaceExamplesTest.class, "places.examples").stream().map(l -> DynamicTest.dynamicTest(l, () -> {
            String[] a = l.split("\\|", 2);
            String[] b = a[1].split("=>");
            String country = a[0].strip().equals("-") ? null : a[0].strip();
            String text = b[0].strip(), want = b[1].strip();
            List<Token> t = Tokenizer.tokenize(ArabicNormalizer.normalize(text));
            List<PlaceMention> found = RESOLVER.find(t, 0, t.size(), country, List.of());
            List<PlaceMention> known = found.stream().filter(PlaceMention::known).toList();
            if (want.equals("none")) {
                assertThat(known).as(text).isEmpty();
                return;
            }
            PlaceMention m = found.getFirst();
            if (!m.known()) m = m.locatedIn(known.getFirst());
            String name = m.placeName() == null ? "-" : m.placeName();
            String got = m.admin1() + " / " + m.country() + " / " + m.precision() + " / " + name;
            assertThat(got).as(text).isEqualTo(normalizeName(want));
        }));
    }

    private static String normalizeName(String want) {
        String[] p = want.split(" / ");
        p[3] = p[3].equals("-") ? "-" : ArabicNormalizer.normalizeWord(p[3]);
        return String.join(" / ", p);
    }
}
