package org.raqib.watch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.raqib.store.Sources.Listed;

/**
 * The article links a source lists: the entries of an RSS or Atom feed (Rome), the links of an
 * HTML listing page that look like articles on the same site, or the URLs of a sitemap, each
 * with the date the listing gives it (ISO text, null if none). Links come back canonical ({@link CanonicalUrl}), each once.
 */
final class Listings {
    /** Path segments of section, tag and paging pages, which list articles rather than being one. */
    private static final Set<String> NOT_ARTICLES = Set.of("tag", "tags", "category", "categories", "author", "authors",
            "page", "search", "section", "sections", "topic", "topics", "login", "register", "about", "contact", "feed", "rss");
    private static final Pattern STATIC_FILE =
            Pattern.compile("(?i).*\\.(jpe?g|png|gif|webp|svg|css|js|ico|pdf|zip|mp3|mp4|xml|rss|json|woff2?)$");

    private Listings() {}

    /** What kind of source a body is: rss, atom, sitemap or (anything else) html-list. */
    static String kindOf(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (head.contains("<rss") || head.contains("<rdf:rdf")) return "rss";
        if (head.contains("<feed")) return "atom";
        if (head.contains("<urlset") || head.contains("<sitemapindex")) return "sitemap";
        return "html-list";
    }

    /** The article links of a listing of the given kind, fetched from {@code base}. */
    static List<Listed> links(String kind, byte[] body, URI base) throws IOException {
        return switch (kind) {
            case "rss", "atom" -> feed(body);
            case "sitemap" -> sitemap(body, base);
            default -> htmlList(body, base);
        };
    }

    /** The sitemaps a sitemap index names (empty for a plain sitemap). */
    static List<String> childSitemaps(byte[] body, URI base) {
        org.jsoup.nodes.Document xml = Jsoup.parse(new String(body, StandardCharsets.UTF_8), base.toString(), Parser.xmlParser());
        List<String> out = new ArrayList<>();
        for (Element loc : xml.select("sitemapindex > sitemap > loc")) {
            String u = CanonicalUrl.of(base.resolve(loc.text().strip()).toString());
            if (u != null) out.add(u);
        }
        return out;
    }

    private static List<Listed> feed(byte[] body) throws IOException {
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new org.xml.sax.InputSource(new ByteArrayInputStream(body)));
        } catch (Exception e) {
            throw new IOException("not a readable feed: " + e.getMessage(), e);
        }
        Map<String, Listed> out = new LinkedHashMap<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = e.getLink() != null ? e.getLink() : e.getLinks().isEmpty() ? null : e.getLinks().getFirst().getHref();
            if (link == null && e.getUri() != null && e.getUri().startsWith("http")) link = e.getUri();
            String u = CanonicalUrl.of(link);
            if (u == null) continue;
            Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            out.putIfAbsent(u, new Listed(u, d == null ? null : d.toInstant().toString()));
        }
        return List.copyOf(out.values());
    }

    private static List<Listed> sitemap(byte[] body, URI base) {
        org.jsoup.nodes.Document xml = Jsoup.parse(new String(body, StandardCharsets.UTF_8), base.toString(), Parser.xmlParser());
        Map<String, Listed> out = new LinkedHashMap<>();
        for (Element url : xml.select("urlset > url")) {
            Element loc = url.selectFirst("loc");
            if (loc == null) continue;
            String u = CanonicalUrl.of(base.resolve(loc.text().strip()).toString());
            if (u == null) continue;
            // a news sitemap's publication date says when the article appeared; lastmod only when it last changed
            Element date = url.selectFirst("news|publication_date");
            if (date == null) date = url.selectFirst("lastmod");
            out.putIfAbsent(u, new Listed(u, date == null || date.text().isBlank() ? null : date.text().strip()));
        }
        return List.copyOf(out.values());
    }

    private static List<Listed> htmlList(byte[] body, URI base) {
        org.jsoup.nodes.Document page = Jsoup.parse(new String(body, StandardCharsets.UTF_8), base.toString());
        String self = CanonicalUrl.of(base.toString());
        String site = site(base.getHost());
        Map<String, Listed> out = new LinkedHashMap<>();
        for (Element a : page.select("a[href]")) {
            String u = CanonicalUrl.of(a.absUrl("href"));
            if (u == null || u.equals(self)) continue;
            URI uri = URI.create(u);
            if (!site(uri.getHost()).equals(site) || !looksLikeArticle(uri.getPath())) continue;
            out.putIfAbsent(u, new Listed(u, null));
        }
        return List.copyOf(out.values());
    }

    /** A path that names one article: not the home page, a static file, or a section, tag or paging page. */
    static boolean looksLikeArticle(String path) {
        if (path == null || path.isEmpty() || path.equals("/") || STATIC_FILE.matcher(path).matches()) return false;
        String[] parts = path.replaceAll("^/+|/+$", "").split("/+");
        for (String p : parts) if (NOT_ARTICLES.contains(p.toLowerCase(Locale.ROOT))) return false;
        String last = parts[parts.length - 1];
        // /2024/05/13/some-title, /news/12345, /article-title-with-words.html
        return parts.length >= 2 || last.matches(".*\\d.*") || last.split("-").length >= 3;
    }

    private static String site(String host) {
        String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }
}
