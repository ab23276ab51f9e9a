package org.raqib.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.raqib.model.Document;

/**
 * A captured web page as a report: the article text that Readability4J finds (menus,
 * sidebars and footers left out), one paragraph a line; its title, canonical URL and the
 * publication date its meta tags declare.
 */
public final class HtmlReader {
    private static final String[] DATE_META = {"article:published_time", "og:published_time", "datePublished",
            "pubdate", "publishdate", "date", "DC.date.issued", "article:modified_time"};
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, figcaption";

    private HtmlReader() {}

    public static Document read(byte[] bytes, String id, Path file) {
        String html = decode(bytes, file);
        return parse(html, id, null);
    }

    /** Reads a page already decoded; {@code url} is where it was captured from, or null. */
    public static Document parse(String html, String id, String url) {
        org.jsoup.nodes.Document page = Jsoup.parse(html, url == null ? "" : url);
        String canonical = attr(page, "link[rel=canonical]", "href");
        if (canonical == null) canonical = attr(page, "meta[property=og:url]", "content");
        String pageUrl = url != null ? url : canonical;
        Article article = new Readability4J(pageUrl == null ? "http://localhost/" : pageUrl, html).parse();
        String text = article.getContent() == null ? null : paragraphs(Jsoup.parse(article.getContent()).body());
        if (text == null || text.isBlank()) text = paragraphs(page.body());
        String title = article.getTitle() != null && !article.getTitle().isBlank() ? article.getTitle() : page.title();
        return new Document(id, pageUrl, published(page), "ar", title == null || title.isBlank() ? null : title.strip(), text);
    }

    private static String decode(byte[] bytes, Path file) {
        TextDecoding.checkNotBinary(bytes, bytes.length, file);
        int bom = TextDecoding.bomLength(bytes, bytes.length);
        String utf8 = new String(bytes, bom, bytes.length - bom, StandardCharsets.UTF_8);
        try {
            return new String(bytes, bom, bytes.length - bom, TextDecoding.detect(bytes, bytes.length, file));
        } catch (InputException e) {
            // a legacy page usually declares its charset: <meta charset="windows-1256">
            Element meta = Jsoup.parse(utf8).selectFirst("meta[charset], meta[http-equiv=content-type]");
            String declared = meta == null ? null : meta.hasAttr("charset") ? meta.attr("charset")
                    : meta.attr("content").replaceAll("(?i).*charset=\\s*([\\w-]+).*", "$1");
            if (declared != null && Charset.isSupported(declared)) return new String(bytes, Charset.forName(declared));
            throw e;
        }
    }

    static String paragraphs(Element root) {
        if (root == null) return "";
        List<String> lines = new ArrayList<>();
        for (Element e : root.select(BLOCKS)) {
            if (!e.select(BLOCKS).not(e.cssSelector()).isEmpty() && e.children().select(BLOCKS).size() > 0) continue;
            String t = e.text().strip();
            if (!t.isEmpty()) lines.add(t);
        }
        return lines.isEmpty() ? root.text() : String.join("\n", lines);
    }

    private static LocalDate published(org.jsoup.nodes.Document page) {
        for (String name : DATE_META) {
            for (String a : new String[]{"property", "name", "itemprop"}) {
                String v = attr(page, "meta[" + a + "=" + name + "]", "content");
                LocalDate d = isoDate(v);
                if (d != null) return d;
            }
        }
        Element time = page.selectFirst("time[datetime]");
        return time == null ? null : isoDate(time.attr("datetime"));
    }

    private static LocalDate isoDate(String v) {
        if (v == null || v.length() < 10) return null;
        try {
            return LocalDate.parse(v.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String attr(org.jsoup.nodes.Document page, String css, String attr) {
        Element e = page.selectFirst(css);
        return e == null || e.attr(attr).isBlank() ? null : e.attr(attr);
    }
}
