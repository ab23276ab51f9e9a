package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(
            List.<String[]>of(words("اقرأ أيضا")), List.<String[]>of(words("شارك"), words("طباعة"), words("اقرأ")));

    private static String[] words(String phrase) { return ArabicNormalizer.normalizeWord(phrase).split(" "); }

    private static List<String> sentences(String s, List<Sentence> out) {
        NormalizedText n = ArabicNormalizer.normalize(s);
        List<Token> t = Tokenizer.tokenize(n);
        out.addAll(SPLITTER.split(n, t));
        return out.stream().map(x -> n.originalText(x.start(), x.end())).toList();
    }

    @Test
    void splitsOnFullStopsButNotInsideWords() {
        var out = new java.util.ArrayList<Sentence>();
        assertThat(sentences("نقلت وكالة سبأ.نت الخبر. وقال المصدر إن الغارة وقعت ليلا!", out))
                .containsExactly("نقلت وكالة سبأ.نت الخبر.", "وقال المصدر إن الغارة وقعت ليلا!");
    }

    @Test
    void marksHeadlineAndFurnitureAndJoinsWrappedLines() {
        var out = new java.util.ArrayList<Sentence>();
        List<String> s = sentences("""
                غارة على ريف إدلب
                طباعة
                قالت مصادر محلية، صباح اليوم، إن طائرات حربية استهدفت سوقا شعبية في بلدة كفرنبل بريف
                إدلب الجنوبي وأوقعت قتلى.
                اقرأ أيضا: مقتل 7 مدنيين في غارة""", out);
        assertThat(s).hasSize(4);
        assertThat(out.get(0).headline()).isTrue();
        assertThat(out.get(1).furniture()).isTrue();
        assertThat(s.get(2)).startsWith("قالت مصادر محلية").endsWith("وأوقعت قتلى.");
        assertThat(out.get(3).furniture()).isTrue();
    }

    @Test
    void aPageCutAtAFixedWidthThroughoutIsJoinedUpToItsFullStopsAndBlankLines() {
        var out = new java.util.ArrayList<Sentence>();
        List<String> s = sentences("""
                غارة على بلدة في الجنوب
                
                قال مسعفون إن رجلين قتلا في غارة
                شنتها مسيرة على دراجة نارية عند مدخل
                البلدة. وكانت الوزارة قد أعلنت أمس عن مقتل
                ثلاثة أشخاص وإصابة أربعة آخرين في غارة على
                بلدة مجاورة مساء السبت بعد قصف استمر
                ساعات على أطراف البلدتين وفق شهود
                من المنطقة الذين تحدثوا عن حرائق في
                البساتين القريبة من الطريق العام الذي يربط
                بين البلدتين منذ سنوات طويلة
                
                المزيد من الأخبار""", out);
        assertThat(s).containsExactly("غارة على بلدة في الجنوب",
                "قال مسعفون إن رجلين قتلا في غارة\nشنتها مسيرة على دراجة نارية عند مدخل\nالبلدة.",
                s.get(2), "المزيد من الأخبار");
        assertThat(s.get(2)).startsWith("وكانت الوزارة").contains("ثلاثة أشخاص وإصابة").endsWith("منذ سنوات طويلة");
        assertThat(out.get(0).headline()).isTrue();
    }

    @Test
    void aLineEndingWithAWordNoSentenceEndsWithGoesOn() {
        var out = new java.util.ArrayList<Sentence>();
        List<String> s = sentences("""
                غارات على أطراف المدينة
                وأدى القصف إلى مقتل ثلاثة مدنيين في حي أبو
                سليم جنوب المدينة.""", out);
        assertThat(s).containsExactly("غارات على أطراف المدينة",
                "وأدى القصف إلى مقتل ثلاثة مدنيين في حي أبو\nسليم جنوب المدينة.");
    }

    @Test
    void aPageWhoseParagraphsEndWithFullStopsKeepsItsLineBreaks() {
        var out = new java.util.ArrayList<Sentence>();
        List<String> s = sentences("""
                غارة على بلدة في الجنوب
                الأحد 12 أيار
                قال مسعفون إن رجلين قتلا في غارة شنتها مسيرة.
                وأضافوا أن الغارة أصابت دراجة نارية.
                وكانت الوزارة قد أعلنت عن مقتل ثلاثة أشخاص.
                وقال شهود إن القصف استمر ساعات.
                ولم يعلن الجيش عن الغارة حتى الآن.
                وتتعرض البلدة لقصف شبه يومي منذ أشهر.
                اقرأ أيضا مقتل شاب في غارة""", out);
        assertThat(s).hasSize(9).startsWith("غارة على بلدة في الجنوب", "الأحد 12 أيار");
    }

    @Test
    void aPageWhoseParagraphsLostTheirFullStopsKeepsEachLongLineASentence() {
        var out = new java.util.ArrayList<Sentence>();
        List<String> s = sentences("""
                مقتل عشرة أشخاص بينهم أربعة أطفال بقصف استهدف منزلا لعائلة نازحة في بيت لاهيا شمال القطاع صباح اليوم
                وقالت مصادر محلية إن الطائرات قصفت منزلا من ثلاثة طوابق تسكنه عائلة نازحة من المخيم القريب في ساعة مبكرة من الصباح
                وأضافت المصادر أن فرق الإنقاذ انتشلت عشرة أشخاص من تحت الأنقاض ونقلت المصابين إلى مستشفى في المدينة القريبة
                وتحدث الجيران عن عشرات الأشخاص الذين كانوا في المنزل لحظة القصف ولا يزال بعضهم في عداد المفقودين حتى الآن
                وقال الدفاع المدني إن طواقمه تعمل في ظروف صعبة للغاية بسبب نقص الوقود والمعدات اللازمة لرفع الركام
                كما تحدث الدفاع المدني عن ثلاثة قتلى في غارة ثانية استهدفت شقة سكنية في حي آخر من المدينة
                وأشار إلى أن الغارات تواصلت طوال الليل على مناطق عدة في الشمال وسط تحليق مكثف للطائرات المسيرة
                وارتفعت حصيلة القتلى منذ بدء الحرب إلى أكثر من أربعين ألفا بحسب أحدث أرقام وزارة الصحة في القطاع""", out);
        assertThat(s).hasSize(8);
        assertThat(s.get(5)).startsWith("كما تحدث الدفاع المدني").endsWith("من المدينة");
    }

    @Test
    void aPageFirstLineLongForAHeadlineIsStillItsHeadline() {
        var out = new java.util.ArrayList<Sentence>();
        List<String> s = sentences("""
                رغم شهادات السكان والصور .. الجيش ينفي مقتل مدنيين في غارات على قرية في ريف المدينة ويؤكد أن الغارات أصابت مواقع للمسلحين فقط
                قال الجيش في بيان إن غاراته لم توقع أي قتيل مدني.""", out);
        assertThat(s).hasSize(2);
        assertThat(out.get(0).headline()).isTrue();
    }

    @Test
    void aSentenceOpenedByAWordThatIsAlsoAButtonIsNoFurniture() {
        var out = new java.util.ArrayList<Sentence>();
        sentences("""
                شارك مئات من أهالي البلدة اليوم في تشييع 12 قتيلا سقطوا بغارة على السوق.
                شارك
                اقرأ: غارة جديدة على السوق وقتلى بين المدنيين في البلدة الليلة الماضية
                اقرأ التقرير الكامل الذي نشرته المنظمة عن الغارات على الأسواق في البلدة.""", out);
        assertThat(out).extracting(Sentence::furniture).containsExactly(false, true, true, false);
    }

    @Test
    void cutsAPageWithNoFullStopIntoBoundedSentencesAtCommasWhenThereAreAny() {
        var out = new java.util.ArrayList<Sentence>();
        // 3,000 words and no full stop: one sentence would make the work per sentence grow with its square
        String clause = "سار الناس في الطريق الطويل نحو السوق القديم";
        String page = String.join(" ", java.util.Collections.nCopies(375, clause));
        sentences(page, out);
        assertThat(out).hasSizeGreaterThan(10);
        assertThat(out).allSatisfy(x -> assertThat(x.size()).isLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE_TOKENS));
        assertThat(out.getLast().to()).isEqualTo(Tokenizer.tokenize(ArabicNormalizer.normalize(page)).size());

        out.clear();
        List<String> withCommas = sentences(String.join("، ", java.util.Collections.nCopies(375, clause)), out);
        assertThat(out).allSatisfy(x -> assertThat(x.size()).isLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE_TOKENS));
        // every cut falls after a comma, so no clause is broken
        for (int i = 0; i < withCommas.size() - 1; i++) assertThat(withCommas.get(i)).endsWith("،");
    }
}
