package org.raqib.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.raqib.input.Captured;
import org.raqib.json.ClaimJson;
import org.raqib.model.Document;

/**
 * An RSS or Atom feed (Rome) as reports, one an entry: title, link, publication date and the
 * text of its content or description with the markup removed. An entry is archived as the
 * JSON of those fields as the feed gave them, so the same entry in two fetches of a feed is
 * stored once.
 */
final class FeedReader {
    private FeedReader() {}

    static boolean looksLikeFeed(byte[] head) {
        String s = new String(head, 0, Math.min(head.length, 2048), StandardCharsets.UTF_8).toLowerCase();
        return s.contains("<rss") || s.contains("<feed") || s.contains("<rdf:rdf");
    }

    static List<Captured> read(byte[] bytes, String source) throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new org.xml.sax.InputSource(new ByteArrayInputStream(bytes)));
        List<Captured> out = new ArrayList<>();
        int n = 0;
        for (SyndEntry e : feed.getEntries()) {
            n++;
            String html = content(e);
            String text = html == null ? "" : Jsoup.parse(html).text();
            if (text.isBlank() && e.getTitle() == null) continue;
            LocalDate published = e.getPublishedDate() == null ? null
                    : e.getPublishedDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            String id = e.getUri() != null ? e.getUri() : e.getLink() != null ? e.getLink() : source + "#" + n;
            String body = text.isBlank() ? e.getTitle() : text;
            Document d = new Document(id, e.getLink(), published, "ar", e.getTitle(), body);
            Map<String, Object> raw = new LinkedHashMap<>();
            raw.put("feed", feed.getTitle());
            raw.put("id", e.getUri());
            raw.put("link", e.getLink());
            raw.put("title", e.getTitle());
            raw.put("published", e.getPublishedDate() == null ? null : e.getPublishedDate().toInstant().toString());
            raw.put("content", html);
            byte[] json = ClaimJson.mapper().writeValueAsBytes(raw);
            out.add(new Captured(d, json, "application/rss+xml; entry"));
        }
        return out;
    }

    private static String content(SyndEntry e) {
        for (SyndContent c : e.getContents()) if (c.getValue() != null && !c.getValue().isBlank()) return c.getValue();
        return e.getDescription() == null ? null : e.getDescription().getValue();
    }
}
