package org.raqib.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;
import org.raqib.model.Document;

/**
 * A captured web page as a report: the article text that Readability4J finds (menus, sidebars
 * and footers left out), one paragraph a line; its title, canonical URL and the publication
 * date its meta tags declare.
 */
public final class HtmlReader {
    private static final String[] DATE_META = {"article:published_time", "og:published_time", "datePublished",
            "pubdate", "publishdate", "date", "DC.date.issued", "dcterms.issued"};
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");
    private static final Set<String> UNSEEN = Set.of("head", "title", "script", "style", "noscript", "template", "svg");
    private static final String FURNITURE = "nav, header, footer, aside, form, menu, noscript, script, style, template";
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");
    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})(?!\\d)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmlReader() {}

    /** A page as captured: its bytes are decoded (see {@link #decode}) and its URL taken from the page itself. */
    public static Document read(byte[] bytes, String id, Path file) {
        return parse(decode(bytes, file), id, null);
    }

    /** Reads a page already decoded; {@code url} is where it was captured from, or null to take the page's canonical URL. */
    public static Document parse(String html, String id, String url) {
        org.jsoup.nodes.Document page = Jsoup.parse(html, url == null ? "" : url);
        String pageUrl = url != null ? url : canonicalUrl(page);
        LocalDate published = published(page);
        String pageTitle = page.title();
        // Readability rearranges the tree it is given; everything needed from the page is taken by now
        Article article = readable(page) ? readability(pageUrl, page) : null;
        String text = article == null || article.getArticleContent() == null ? "" : blockText(article.getArticleContent());
        if (text.isBlank()) text = fallbackText(html);
        String title = article != null && article.getTitle() != null && !article.getTitle().isBlank() ? article.getTitle() : pageTitle;
        return new Document(id, pageUrl, published, "ar", title == null || title.isBlank() ? null : title.strip(), text);
    }

    /**
     * Readability walks the page recursively: a page nested deeper than any real layout (a
     * hostile or broken one) would exhaust the stack, so such a page is read without it.
     */
    static final int MAX_READABLE_DEPTH = 256;

    private static boolean readable(org.jsoup.nodes.Document page) {
        int[] deepest = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                deepest[0] = Math.max(deepest[0], depth);
                return depth > MAX_READABLE_DEPTH ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, page);
        return deepest[0] <= MAX_READABLE_DEPTH;
    }

    private static Article readability(String pageUrl, org.jsoup.nodes.Document page) {
        try {
            return new Readability4J(pageUrl == null ? "http://localhost/" : pageUrl, page).parse();
        } catch (StackOverflowError | RuntimeException e) {
            return null; // the page is read without Readability's choice of article
        }
    }

    /**
     * A page's bytes as text. UTF-8 when they are; else the charset the page declares, if the
     * result reads as Arabic or Windows-1256 would not; else Windows-1256 if that reads as
     * Arabic. Old Arabic sites often declare a Western charset for Windows-1256 bytes.
     */
    static String decode(byte[] bytes, Path file) {
        TextDecoding.checkNotBinary(bytes, bytes.length, file);
        int bom = TextDecoding.bomLength(bytes, bytes.length);
        if (bom == 0 && TextDecoding.firstMalformed(StandardCharsets.UTF_8, bytes, 0, bytes.length, false) >= 0
                && !TextDecoding.mostlyUtf8(bytes, 0, bytes.length)) {
            Charset declared = declaredCharset(bytes);
            if (declared != null && !declared.equals(StandardCharsets.UTF_8)
                    && TextDecoding.firstMalformed(declared, bytes, 0, bytes.length, false) < 0) {
                String text = new String(bytes, declared);
                if (TextDecoding.looksArabic(text) || !TextDecoding.looksArabic(new String(bytes, TextDecoding.WINDOWS_1256))) {
                    return text;
                }
            }
        }
        return TextDecoding.decode(bytes, file);
    }

    private static Charset declaredCharset(byte[] bytes) {
        // the declaration is ASCII and, by the HTML standard, near the start
        Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1));
        if (!m.find()) return null;
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The text under an element, one block (paragraph, heading, list item, cell) a line, spaces collapsed. */
    static String blockText(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendCollapsed(out, t.getWholeText());
                } else if (node instanceof Element e) {
                    // Readability, finding no article in a small page, hands back its head too
                    if (UNSEEN.contains(e.normalName())) return FilterResult.SKIP_ENTIRELY;
                    if (BLOCKS.contains(e.normalName()) || e.normalName().equals("br")) lineBreak(out);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) lineBreak(out);
                return FilterResult.CONTINUE;
            }
        }, root);
        lineBreak(out);
        if (!out.isEmpty()) out.setLength(out.length() - 1);
        return out.toString();
    }

    private static void appendCollapsed(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0') {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') out.append(' ');
            } else {
                out.append(c);
            }
        }
    }

    private static void lineBreak(StringBuilder out) {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') end--;
        out.setLength(end);
        if (end > 0 && out.charAt(end - 1) != '\n') out.append('\n');
    }

    /** When Readability finds no article: the body without its navigation and other furniture, or failing that all of it. */
    private static String fallbackText(String html) {
        Element body = Jsoup.parse(html).body();
        if (body == null) return "";
        Element bare = body.clone();
        bare.select(FURNITURE).remove();
        String text = blockText(bare);
        return text.isBlank() ? blockText(body) : text;
    }

    private static String canonicalUrl(org.jsoup.nodes.Document page) {
        Element link = page.selectFirst("link[rel=canonical][href]");
        String canonical = link == null ? "" : link.absUrl("href").isEmpty() ? link.attr("href").strip() : link.absUrl("href");
        if (canonical.startsWith("http://") || canonical.startsWith("https://")) return canonical;
        Element og = page.selectFirst("meta[property=og:url][content]");
        String ogUrl = og == null ? "" : og.attr("content").strip();
        if (!ogUrl.isEmpty()) return ogUrl;
        return canonical.isEmpty() ? null : canonical;
    }

    private static LocalDate published(org.jsoup.nodes.Document page) {
        for (String name : DATE_META) {
            for (String attr : new String[]{"property", "name", "itemprop"}) {
                for (Element meta : page.select("meta[" + attr + "=" + name + "]")) {
                    LocalDate d = isoDate(meta.attr("content"));
                    if (d != null) return d;
                }
            }
        }
        for (Element e : page.select("[itemprop=datePublished][datetime], time[pubdate][datetime]")) {
            LocalDate d = isoDate(e.attr("datetime"));
            if (d != null) return d;
        }
        // news sites often state it only in schema.org JSON-LD
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode v = JSON.readTree(script.data()).findValue("datePublished");
                LocalDate d = v == null ? null : isoDate(v.asText());
                if (d != null) return d;
            } catch (Exception e) {
                // broken JSON-LD is common and says nothing about the article
            }
        }
        return null;
    }

    private static LocalDate isoDate(String v) {
        if (v == null) return null;
        Matcher m = ISO_DATE.matcher(v);
        if (!m.find()) return null;
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
