package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {
    @Test
    void foldsLetterFormsDigitsAndPunctuation() {
        NormalizedText n = ArabicNormalizer.normalize("أُصيبَ إمرأةٌ آخرى في مدينةٍ، ١٢ و۳ «هنا»؟");
        assertThat(n.normalized()).isEqualTo("اصيب امراه اخري في مدينه, 12 و3 \"هنا\"?");
    }

    @Test
    void yaWithHamzaBeforeWawReadsAsWawWithHamzaDoes() {
        assertThat(ArabicNormalizer.normalizeWord("مسئول")).isEqualTo(ArabicNormalizer.normalizeWord("مسؤول")).isEqualTo("مسوول");
        assertThat(ArabicNormalizer.normalizeWord("المسئُولين")).isEqualTo("المسوولين");
        assertThat(ArabicNormalizer.normalizeWord("شئون")).isEqualTo(ArabicNormalizer.normalizeWord("شؤون"));
        assertThat(ArabicNormalizer.normalizeWord("رئيس")).isEqualTo("رييس"); // before any other letter it stays ya
    }

    @Test
    void normalizedWordsHaveOneSpaceBetweenWordsAndNoneAround() {
        assertThat(ArabicNormalizer.normalizeWord("  دير   الزور\t")).isEqualTo("دير الزور");
        assertThat(ArabicNormalizer.normalizeWord("ريف\n\nإدلب")).isEqualTo("ريف ادلب");
        assertThat(ArabicNormalizer.normalizeWord("خان يونس")).isEqualTo("خان يونس");
        assertThat(ArabicNormalizer.normalizeWord(" \t ")).isEmpty();
        assertThat(ArabicNormalizer.normalizeWord("غزة\u00A0 \u00A0رفح")).isEqualTo("غزه رفح");
    }

    @Test
    void dropsADotOrStarSetBesideATatweelInsideAWordButKeepsFullStops() {
        NormalizedText n = ArabicNormalizer.normalize("أدى القصف إلى مقـ.ـتل 30 وشـ*ـهيدين. وانتهى.");
        assertThat(n.normalized()).isEqualTo("ادي القصف الي مقتل 30 وشهيدين. وانتهي.");
        int start = n.normalized().indexOf("مقتل");
        assertThat(n.originalText(start, start + 4)).isEqualTo("مقـ.ـتل");
        assertThat(ArabicNormalizer.normalizeWord("قـ.تل")).isEqualTo("قتل"); // a tatweel on one side is enough
        assertThat(ArabicNormalizer.normalizeWord("3.5")).isEqualTo("3.5");
    }

    @Test
    void removesTatweelAndInvisibleMarksAndKeepsOffsetsToTheOriginal() {
        String original = "قُتِلَ الـ\u200F١٢ مدنيــا";
        NormalizedText n = ArabicNormalizer.normalize(original);
        assertThat(n.normalized()).isEqualTo("قتل ال12 مدنيا");
        int start = n.normalized().indexOf("12");
        assertThat(n.originalText(start, start + 2)).isEqualTo("١٢");
        int word = n.normalized().indexOf("مدنيا");
        assertThat(n.originalText(word, word + 5)).isEqualTo("مدنيــا");
        assertThat(n.originalText(0, 3)).isEqualTo("قُتِلَ".substring(0, "قُتِلَ".length() - 1));
    }

    @Test
    void originalOffsetsCoverDeletedMarksInside() {
        String original = "مَقْتَلُ";
        NormalizedText n = ArabicNormalizer.normalize(original);
        assertThat(n.normalized()).isEqualTo("مقتل");
        assertThat(n.originalStart(0)).isZero();
        // marks inside the word are covered; the damma after the last letter is not part of its span
        assertThat(n.originalEnd(4)).isEqualTo(original.length() - 1);
        assertThat(n.originalText(1, 3)).isEqualTo("قْتَ".substring(0, 3));
    }

    @Test
    void presentationFormsBecomeTheLettersTheyDrawAndLigaturesMapBackToOneChar() {
        // قتل ثلاثة مدنيين as a PDF gives it: shaped letters, a lam-alef and a yeh-noon ligature
        String original = "\uFED7\uFE98\uFEDE \uFE9B\uFEFC\uFE9B\uFE94 \uFEE3\uFEAA\uFEE7\uFEF4\uFC94";
        NormalizedText n = ArabicNormalizer.normalize(original);
        assertThat(n.normalized()).isEqualTo("قتل ثلاثه مدنيين");
        int word = n.normalized().indexOf("مدنيين");
        assertThat(n.originalText(word, word + 6)).isEqualTo("\uFEE3\uFEAA\uFEE7\uFEF4\uFC94");
        assertThat(n.originalText(word + 4, word + 5)).isEqualTo("\uFC94"); // half a ligature is all of it
        assertThat(ArabicNormalizer.normalize("\uFE70\uFEFB").normalized()).isEqualTo("لا"); // an isolated mark goes
    }

    @Test
    void plainLettersAfterManyLigaturesStillFit() {
        // each lam-alef draws two letters from one char: the plain text after them must still find room
        String original = "\uFEFB".repeat(12) + " قتل خمسة";
        NormalizedText n = ArabicNormalizer.normalize(original);
        assertThat(n.normalized()).isEqualTo("لا".repeat(12) + " قتل خمسه");
        int word = n.normalized().indexOf("قتل");
        assertThat(n.originalText(word, word + 3)).isEqualTo("قتل");
    }
}
