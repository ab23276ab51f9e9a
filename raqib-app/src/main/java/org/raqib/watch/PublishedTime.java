package org.raqib.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * When a report was published, and how that is known: from the page itself
 * ({@code article:published_time} and its kin, else JSON-LD {@code datePublished}, else a
 * {@code <time datetime>}), else from the date the feed or sitemap gave, else the time it was
 * captured. The store keeps the source of the time beside it, so a reader can tell a
 * publication time stated by the outlet from Raqib's guess.
 */
record PublishedTime(String value, String from) {
    static final String META = "article:published_time";
    static final String JSON_LD = "json-ld";
    static final String TIME = "time";
    static final String LISTING = "listing";
    static final String CAPTURE = "capture";

    private static final String[] META_NAMES = {"article:published_time", "og:published_time", "datePublished",
            "pubdate", "publishdate", "DC.date.issued", "dcterms.issued"};
    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})(?!\\d)");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The page's own statement, else the listing's date, else the capture time. */
    static PublishedTime of(org.jsoup.nodes.Document page, String listed, Instant captured) {
        PublishedTime p = page == null ? null : fromPage(page);
        if (p != null) return p;
        if (day(listed) != null) return new PublishedTime(listed.strip(), LISTING);
        return new PublishedTime(captured.toString(), CAPTURE);
    }

    /** The day of the time (its first ten characters as an ISO date), or null. */
    LocalDate day() { return day(value); }

    static PublishedTime fromPage(org.jsoup.nodes.Document page) {
        for (String name : META_NAMES) {
            for (String attr : new String[]{"property", "name", "itemprop"}) {
                for (Element meta : page.select("meta[" + attr + "=" + name + "][content]")) {
                    String v = meta.attr("content").strip();
                    if (day(v) != null) return new PublishedTime(v, META);
                }
            }
        }
        // news sites often state it only in schema.org JSON-LD
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode v = JSON.readTree(script.data()).findValue("datePublished");
                if (v != null && day(v.asText()) != null) return new PublishedTime(v.asText().strip(), JSON_LD);
            } catch (Exception e) {
                // broken JSON-LD is common and says nothing about the article
            }
        }
        for (Element t : page.select("time[datetime]")) {
            String v = t.attr("datetime").strip();
            if (day(v) != null) return new PublishedTime(v, TIME);
        }
        return null;
    }

    private static LocalDate day(String v) {
        if (v == null) return null;
        Matcher m = ISO_DATE.matcher(v);
        if (!m.find()) {
            try {   // RFC 1123, as some sitemaps and feeds write it
                return java.time.ZonedDateTime.parse(v.strip(), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
