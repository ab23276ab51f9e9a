package org.raqib.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.raqib.input.JsonLinesTest.BOMBING;
import static org.raqib.input.JsonLinesTest.RAID;
import static org.raqib.input.JsonLinesTest.SHELLING;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.model.Document;

/** Captured pages: the article without the site's furniture, and what the head says about it. */
class HtmlReaderTest {
    private static final String RESCUE = "وأضاف الناشطون أن فرق الدفاع المدني ما زالت تبحث عن ناجين تحت أنقاض المبنى المؤلف من ثلاثة طوابق.";
    private static final String DISPLACED = "وتتعرض المنطقة منذ أسابيع لقصف متواصل أدى إلى نزوح آلاف العائلات نحو المخيمات القريبة من الحدود.";

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();
    private final DocumentReader reader = new DocumentReader(warnings::add);

    static String article(String head) {
        return """
                <!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>غارة على تل رفعت | موقع الأخبار</title>
                %s</head>
                <body>
                <header><div class="logo">موقع الأخبار</div>
                <nav><ul class="menu"><li><a href="/">الرئيسية</a></li><li><a href="/sport">رياضة</a></li><li><a href="/economy">اقتصاد</a></li></ul></nav></header>
                <main><article>
                <h1>غارة على تل رفعت</h1>
                <p>%s وقال شهود إن الطائرات حلقت فوق البلدة قبل الضربة بدقائق.</p>
                <p>%s</p>
                <p>%s</p>
                <p>%s</p>
                </article></main>
                <aside><h3>الأكثر قراءة</h3><ul><li><a href="/g">أسعار الذهب اليوم</a></li><li><a href="/w">حالة الطقس غدا</a></li></ul></aside>
                <footer><p>جميع الحقوق محفوظة</p><a href="/contact">اتصل بنا</a></footer>
                <script>var menu = "الرئيسية";</script>
                </body></html>
                """.formatted(head, RAID, RESCUE, SHELLING, DISPLACED);
    }

    @Test
    void takesTheArticleWithoutTheMenusOneParagraphALine() throws Exception {
        Path f = write("page.html", article("""
                <meta property="article:published_time" content="2019-03-14T10:00:00+03:00">
                <link rel="canonical" href="https://example.org/news/1">"""));

        Document d = reader.readAll(f).getFirst();

        assertThat(d.text()).contains(RAID, RESCUE, SHELLING, DISPLACED)
                .doesNotContain("رياضة", "اقتصاد", "أسعار الذهب", "حالة الطقس", "جميع الحقوق", "اتصل بنا", "var menu");
        assertThat(d.text().lines()).contains(RESCUE, SHELLING, DISPLACED);
        assertThat(d.id()).isEqualTo("page");
        assertThat(d.published()).isEqualTo(LocalDate.of(2019, 3, 14));
        assertThat(d.url()).isEqualTo("https://example.org/news/1");
        assertThat(d.title()).contains("غارة على تل رفعت");
        assertThat(d.lang()).isEqualTo("ar");
    }

    @Test
    void findsThePublicationDateWhereverTheHeadStatesIt() {
        assertThat(published("<meta property=\"og:published_time\" content=\"2020-01-02\">")).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(published("<meta name=\"pubdate\" content=\"2020-01-03 08:00\">")).isEqualTo(LocalDate.of(2020, 1, 3));
        assertThat(published("<meta itemprop=\"datePublished\" content=\"2020-01-04\">")).isEqualTo(LocalDate.of(2020, 1, 4));
        assertThat(published("<meta name=\"date\" content=\"2020-01-05T00:00:00Z\">")).isEqualTo(LocalDate.of(2020, 1, 5));
        assertThat(published("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": \"2020-01-06T12:00:00+02:00\"}</script>"))
                .isEqualTo(LocalDate.of(2020, 1, 6));
        assertThat(published("<meta name=\"date\" content=\"14 March 2019\">")).isNull();
        assertThat(published("<meta name=\"date\" content=\"2019-13-45\">")).isNull();
        assertThat(published("<script type=\"application/ld+json\">{ broken</script>")).isNull();
        assertThat(published("")).isNull();
    }

    @Test
    void takesTheUrlFromOpenGraphWithoutACanonicalLink() {
        Document d = HtmlReader.parse(article("<meta property=\"og:url\" content=\"https://example.org/og\">"), "x", null);

        assertThat(d.url()).isEqualTo("https://example.org/og");
        assertThat(HtmlReader.parse(article(""), "x", "https://example.org/given").url()).isEqualTo("https://example.org/given");
        assertThat(HtmlReader.parse(article(""), "x", null).url()).isNull();
    }

    @Test
    void fallsBackToTheBodyWithoutItsFurnitureWhenThereIsNoArticle() throws Exception {
        Path f = write("short.htm", "<html><head><title>خبر</title></head><body><nav><a href=\"/\">الرئيسية</a></nav>"
                + "<div>" + RAID + "<br>" + BOMBING + "</div></body></html>");

        Document d = reader.readAll(f).getFirst();

        assertThat(d.text().lines()).contains(RAID, BOMBING);
        assertThat(d.title()).isEqualTo("خبر");
    }

    @Test
    void skipsAPageWithNoTextWithAWarning() throws Exception {
        Path f = write("blank.html", "<!doctype html><html><head><title></title></head><body><img src=\"a.png\"></body></html>");

        assertThat(reader.readAll(f)).isEmpty();
        assertThat(warnings).containsExactly(f + ": no text in the page, skipped");
    }

    @Test
    void readsAWindows1256PageThatSaysSo() throws Exception {
        String html = article("").replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">");
        Path f = dir.resolve("legacy.html");
        Files.write(f, html.getBytes(Charset.forName("windows-1256")));

        Document d = reader.readAll(f).getFirst();

        assertThat(d.text()).contains(RAID, RESCUE);
        assertThat(d.title()).contains("غارة على تل رفعت");
    }

    @Test
    void honoursADeclaredArabicCharsetOverTheWindows1256Guess() throws Exception {
        // ISO-8859-6 bytes read as Windows-1256 would still look Arabic, but be the wrong letters
        Charset iso = Charset.forName("ISO-8859-6");
        String html = "<html><head><meta charset=\"iso-8859-6\"><title>خبر</title></head><body><p>" + RAID + "</p></body></html>";
        Path f = dir.resolve("iso.html");
        Files.write(f, html.getBytes(iso));

        assertThat(reader.readAll(f).getFirst().text()).isEqualTo(RAID);
    }

    @Test
    void readsWindows1256BytesOnAPageThatDeclaresAWesternCharset() throws Exception {
        String html = article("").replace("<meta charset=\"utf-8\">", "<meta charset=\"iso-8859-1\">");
        Path f = dir.resolve("mislabelled.html");
        Files.write(f, html.getBytes(TextDecoding.WINDOWS_1256));

        assertThat(reader.readAll(f).getFirst().text()).contains(RAID, RESCUE);
    }

    @Test
    void refusesAPageThatIsNeitherUtf8NorArabic() throws Exception {
        Path f = dir.resolve("french.html");
        Files.write(f, "<html><body><p>Ça a été très éprouvant pour les habitants.</p></body></html>".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> reader.readAll(f)).isInstanceOf(InputException.class)
                .hasMessage(f + ": not UTF-8 or Windows-1256 text");
    }

    @Test
    void capturesTheBytesOfThePage() throws Exception {
        Path f = write("page.html", article(""));
        List<Captured> captured = new ArrayList<>();

        reader.readCaptured(f, captured::add);

        assertThat(captured).singleElement().satisfies(c -> {
            assertThat(c.raw()).isEqualTo(Files.readAllBytes(f));
            assertThat(c.mediaType()).isEqualTo("text/html");
        });
    }

    @Test
    void breaksLinesAtBlocksAndBreaksAndCollapsesSpaces() {
        String text = HtmlReader.blockText(Jsoup.parse("<div>  أ \n ب<br>ج<p>د</p>هـ<ul><li>و</li><li>ز&nbsp; ح</li></ul></div>").body());

        assertThat(text).isEqualTo("أ ب\nج\nد\nهـ\nو\nز ح");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a guard against hanging, not a speed goal
    void readsEveryParagraphOfALargePage() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 20_000; i++) body.append("<p>").append(i % 2 == 0 ? RAID : RESCUE).append(' ').append(i).append("</p>\n");
        Path f = write("long.html", "<html><head><title>ملف</title></head><body><nav><a>الرئيسية</a></nav><article>"
                + body + "</article></body></html>");
        Document d = reader.readAll(f).getFirst();

        assertThat(d.text().lines().count()).isGreaterThanOrEqualTo(20_000);
    }

    private static LocalDate published(String head) {
        return HtmlReader.parse(article(head), "x", null).published();
    }

    private Path write(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }
}
