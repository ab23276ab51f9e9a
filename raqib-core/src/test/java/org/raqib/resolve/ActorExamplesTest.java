package org.raqib.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.raqib.ExampleLines;
import org.raqib.rules.RuleData;
import org.raqib.rules.RuleSource;
import org.raqib.text.ArabicNormalizer;
import org.raqib.text.NormalizedText;
import org.raqib.text.Token;
import org.raqib.text.Tokenizer;

/** Runs actors.examples: every example of the actor rules is a test. */
class ActorExamplesTest {
    private static final ActorDictionary ACTORS = new ActorDictionary(RuleData.of(RuleSource.classpath()));

    @TestFactory
    Stream<DynamicTest> examples() throws Exception {
        return ExampleLines.of(ActorExamplesTest.class, "actors.examples").stream().map(l -> DynamicTest.dynamicTest(l, () -> {
            String[] a = l.split("\\|", 2);
            String[] b = a[1].split("=>");
            String country = a[0].strip().equals("-") ? null : a[0].strip();
            String text = b[0].strip(), want = b[1].strip();
            NormalizedText n = ArabicNormalizer.normalize(text);
            List<Token> t = Tokenizer.tokenize(n);
            List<ActorDictionary.ActorMatch> found = ACTORS.find(t, 0, t.size(), country);
            if (want.equals("none")) {
                assertThat(found).as(text).isEmpty();
                return;
            }
            assertThat(found).as(text).isNotEmpty();
            // a word pointing back (المصدر، الجماعة) yields to a name after it: "اتهمت الجماعة التحالف" checks التحالف
            ActorDictionary.ActorMatch m = found.stream().filter(x -> !x.pointsBack()).findFirst().orElse(found.getFirst());
            String words = n.originalText(t.get(m.from()).start(), t.get(m.to() - 1).end());
            String got = m.code() + " «" + words + "»" + (m.isArmed() ? " armed" : "");
            assertThat(got).as(text).isEqualTo(want);
        }));
    }

    @Test
    void everyActorCodeHasAnExample() throws Exception {
        List<String> lines = ExampleLines.of(ActorExamplesTest.class, "actors.examples");
        for (String code : List.of("COALITION", "USA", "RUSSIA", "SYRIA_GOV", "IRAQ_GOV", "PMF", "SDF", "ISIS", "TURKEY",
                "SAUDI_COALITION", "HOUTHIS", "ISRAEL", "HAMAS", "LNA", "GNA", "SOHR", "SNHR", "CIVIL_DEFENSE",
                "HEALTH_MINISTRY", "MEDICAL", "LOCAL", "UN", "MEDIA", "OTHER")) {
            assertThat(lines).as(code).anyMatch(l -> l.contains("=> " + code + " "));
        }
    }
}
