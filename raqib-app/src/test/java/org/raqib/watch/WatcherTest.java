package org.raqib.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.pipeline.Extraction;
import org.raqib.pipeline.Pipeline;
import org.raqib.store.Sources;
import org.raqib.store.Store;

/** The watcher against a site on 127.0.0.1 that behaves in each way a watched site can. */
class WatcherTest {
    private static final Duration INTERVAL = Duration.ofMinutes(30);

    @TempDir
    Path dir;

    private TestSite site;
    private Store store;
    private Pipeline pipeline;
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now().plusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    private final WatchSettings settings = WatchSettings.defaults().withHostDelay(Duration.ZERO).withConcurrency(4, 4)
            .withBounds(Duration.ofSeconds(2), 64 << 10, Duration.ofMillis(10));

    @BeforeEach
    void open() throws IOException {
        site = new TestSite();
        store = Store.open(dir.resolve("data"));
        pipeline = new Pipeline(store, Extraction.forData(dir.resolve("data")));
    }

    @AfterEach
    void close() {
        store.close();
        site.close();
    }

    private Watcher watcher() {
        return new Watcher(pipeline, settings, null, s -> { }, now::get);
    }

    private Sources.Source add(String path, String kind) {
        return store.sources().add(site.url(path), null, null, kind, INTERVAL).orElseThrow();
    }

    private Sources.Article article(String path) {
        return store.sources().article(site.url(path)).orElseThrow();
    }

    @Test
    void aFeedIsAskedAgainConditionallyAndAnUnchangedOneCosts304() throws Exception {
        for (int i = 1; i <= 3; i++) site.html("/a/" + i, TestSite.article("", i));
        String feed = site.rss("/a/1", "/a/2", "/a/3");
        site.page("/feed.xml", x -> {
            if ("\"v1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                x.sendResponseHeaders(304, -1);
                return;
            }
            x.getResponseHeaders().set("ETag", "\"v1\"");
            x.getResponseHeaders().set("Last-Modified", "Tue, 01 Dec 2026 07:00:00 GMT");
            TestSite.send(x, 200, "application/rss+xml", feed);
        });
        Sources.Source s = add("/feed.xml", "auto");

        Watcher.Round first = watcher().round();
        assertThat(first.linksNew()).isEqualTo(3);
        assertThat(first.documentsNew()).isEqualTo(3);
        assertThat(first.claimsAdded()).isPositive();
        assertThat(store.archive().count()).isEqualTo(3);
        Sources.Source after = store.sources().byId(s.id()).orElseThrow();
        assertThat(after.kind()).isEqualTo("rss");
        assertThat(after.etag()).isEqualTo("\"v1\"");
        assertThat(after.nextPoll()).isEqualTo(now.get().plus(INTERVAL));

        assertThat(watcher().round().sourcesPolled()).as("not due yet").isZero();
        now.set(now.get().plus(INTERVAL));
        Watcher.Round second = watcher().round();
        assertThat(second.sourcesPolled()).isEqualTo(1);
        assertThat(second.linksNew()).isZero();
        assertThat(second.articlesFetched()).isZero();
        assertThat(site.hits("/feed.xml")).isEqualTo(2);
        assertThat(site.headers).anySatisfy(h -> assertThat(h.get("If-modified-since")).containsExactly("Tue, 01 Dec 2026 07:00:00 GMT"));
        for (int i = 1; i <= 3; i++) assertThat(site.hits("/a/" + i)).isEqualTo(1);
        assertThat(store.sources().byId(s.id()).orElseThrow().lastSuccess()).isEqualTo(now.get());
        assertThat(store.sources().stats()).singleElement().satisfies(st -> {
            assertThat(st.articles()).isEqualTo(3);
            assertThat(st.fetched()).isEqualTo(3);
            assertThat(st.claims()).isEqualTo(store.claims().count()).isPositive();
        });
        assertThat(site.headers).allSatisfy(h -> assertThat(h.get("User-agent")).singleElement().asString().startsWith("raqib/"));
    }

    @Test
    void anArticleInTwoFeedsUnderTwoSpellingsIsFetchedOnce() throws Exception {
        site.html("/news/shared-report", TestSite.article("", 7));
        site.html("/news/other-report-1", TestSite.article("", 8));
        site.page("/one.xml", x -> TestSite.send(x, 200, "application/rss+xml",
                site.rss("/news/shared-report?utm_source=rss&utm_medium=feed", "/news/other-report-1")));
        site.page("/two.xml", x -> TestSite.send(x, 200, "application/rss+xml",
                site.rss(site.base().replace("http://", "HTTP://") + "/news/shared-report?fbclid=abc#comments")));
        add("/one.xml", "rss");
        add("/two.xml", "rss");

        Watcher.Round r = watcher().round();
        assertThat(store.sources().all()).allSatisfy(s -> assertThat(s.lastError()).isNull());
        assertThat(r.linksNew()).isEqualTo(2);
        assertThat(site.hits("/news/shared-report")).isEqualTo(1);
        assertThat(site.allHits().keySet()).noneMatch(k -> k.contains("utm_") || k.contains("fbclid"));
        assertThat(store.archive().count()).isEqualTo(2);
        assertThat(article("/news/shared-report").state()).isEqualTo("fetched");
    }

    @Test
    void aListingPageYieldsItsArticleLinksOnTheSameSiteOnly() throws Exception {
        site.html("/section/world", "<html><body><nav><a href='/'>home</a> <a href='/about'>about</a> <a href='/tag/war'>tag</a>"
                + " <a href='/style.css'>css</a></nav><ul><li><a href='/2026/12/01/strike-on-village'>one</a></li>"
                + "<li><a href='/news/1234'>two</a></li><li><a href='https://elsewhere.invalid/news/99'>away</a></li>"
                + "<li><a href='mailto:desk@example.invalid'>mail</a></li><li><a href='/section/world'>self</a></li></ul></body></html>");
        site.html("/2026/12/01/strike-on-village", TestSite.article("", 1));
        site.html("/news/1234", TestSite.article("", 2));
        add("/section/world", "html-list");

        Watcher.Round r = watcher().round();
        assertThat(r.linksNew()).isEqualTo(2);
        assertThat(r.documentsNew()).isEqualTo(2);
        assertThat(site.hits("/about") + site.hits("/tag/war") + site.hits("/style.css")).isZero();
    }

    @Test
    void aSitemapListsArticlesWithTheirDates() throws Exception {
        site.page("/sitemap.xml", x -> TestSite.send(x, 200, "application/xml", "<?xml version='1.0'?>"
                + "<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>" + site.url("/story/5") + "</loc>"
                + "<lastmod>2026-11-29</lastmod></url></urlset>"));
        site.html("/story/5", TestSite.article("", 5));
        site.page("/sitemap-index.xml", x -> TestSite.send(x, 200, "application/xml", "<?xml version='1.0'?>"
                + "<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><sitemap><loc>" + site.url("/gone.xml")
                + "</loc></sitemap><sitemap><loc>" + site.url("/sitemap.xml") + "</loc></sitemap></sitemapindex>"));
        site.page("/gone.xml", x -> TestSite.redirect(x, "file:///etc/passwd"));
        add("/sitemap-index.xml", "auto");

        watcher().round();
        assertThat(store.sources().all().getFirst().kind()).isEqualTo("sitemap");
        assertThat(article("/story/5")).satisfies(a -> {
            assertThat(a.publishedAt()).isEqualTo("2026-11-29");
            assertThat(a.publishedFrom()).isEqualTo(PublishedTime.LISTING);
        });
        assertThat(store.archive().bySha(article("/story/5").docSha()).orElseThrow().published()).hasToString("2026-11-29");
    }

    @Test
    void aSlowSourceFailsAtTheTimeLimitAndTheOthersGoOn() throws Exception {
        site.page("/slow.xml", x -> {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                return;
            }
            TestSite.send(x, 200, "application/rss+xml", site.rss());
        });
        site.html("/a/1", TestSite.article("", 1));
        site.page("/quick.xml", x -> TestSite.send(x, 200, "application/rss+xml", site.rss("/a/1")));
        Sources.Source slow = add("/slow.xml", "rss");
        add("/quick.xml", "rss");

        Watcher.Round r = watcher().round();
        assertThat(r.sourcesFailed()).isEqualTo(1);
        assertThat(r.documentsNew()).isEqualTo(1);
        Sources.Source s = store.sources().byId(slow.id()).orElseThrow();
        assertThat(s.failing()).isTrue();
        assertThat(s.lastError()).contains("no complete answer");
    }

    @Test
    void aSourceAnswering429Then500ThenOkIsTriedAgainAndOneThatKeepsFailingIsBackedOff() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        site.page("/flaky.xml", x -> {
            int call = calls.incrementAndGet();
            if (call == 1) {
                x.getResponseHeaders().set("Retry-After", "0");
                TestSite.send(x, 429, "text/plain", "slow down");
            } else if (call == 2) {
                TestSite.send(x, 500, "text/plain", "busy");
            } else {
                TestSite.send(x, 200, "application/rss+xml", site.rss("/a/1"));
            }
        });
        site.page("/down.xml", x -> TestSite.send(x, 503, "text/plain", "down"));
        site.html("/a/1", TestSite.article("", 1));
        Sources.Source flaky = add("/flaky.xml", "rss");
        Sources.Source down = add("/down.xml", "rss");

        Watcher.Round r = watcher().round();
        assertThat(site.hits("/flaky.xml")).isEqualTo(3);
        assertThat(r.documentsNew()).isEqualTo(1);
        assertThat(store.sources().byId(flaky.id()).orElseThrow().failing()).isFalse();
        assertThat(site.hits("/down.xml")).isEqualTo(1 + settings.retries());
        Sources.Source d = store.sources().byId(down.id()).orElseThrow();
        assertThat(d.failing()).isTrue();
        assertThat(d.lastError()).isEqualTo("HTTP 503");
        assertThat(d.nextPoll()).isEqualTo(now.get().plus(INTERVAL.multipliedBy(2)));

        now.set(now.get().plus(INTERVAL.multipliedBy(2)));
        watcher().round();
        d = store.sources().byId(down.id()).orElseThrow();
        assertThat(d.failures()).isEqualTo(2);
        assertThat(d.nextPoll()).as("backed off further").isEqualTo(now.get().plus(INTERVAL.multipliedBy(4)));
    }

    @Test
    void redirectLoopsRedirectsToFilesOversizedBodiesAndRobotsForbiddenPathsAreRefusedForGood() throws Exception {
        site.page("/robots.txt", x -> TestSite.send(x, 200, "text/plain",
                "User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n"));
        site.page("/loop-a", x -> TestSite.redirect(x, "/loop-b"));
        site.page("/loop-b", x -> TestSite.redirect(x, "/loop-a"));
        site.page("/to-file", x -> TestSite.redirect(x, "file:///etc/passwd"));
        site.page("/huge", x -> {
            x.getResponseHeaders().set("Content-Type", "text/html");
            x.sendResponseHeaders(200, 0);
            try (OutputStream out = x.getResponseBody()) {
                byte[] chunk = new byte[16 << 10];
                for (int i = 0; i < 64; i++) out.write(chunk);   // 1 MB, no Content-Length
            }
        });
        site.html("/private/memo-1", TestSite.article("", 1));
        site.html("/public/report-2", TestSite.article("", 2));
        site.page("/feed.xml", x -> TestSite.send(x, 200, "application/rss+xml",
                site.rss("/loop-a", "/to-file", "/huge", "/private/memo-1", "/public/report-2")));
        add("/feed.xml", "rss");

        Watcher.Round r = watcher().round();
        assertThat(r.documentsNew()).isEqualTo(1);
        assertThat(r.articlesFailed()).isEqualTo(4);
        assertThat(article("/loop-a").error()).startsWith("redirect loop");
        assertThat(article("/to-file").error()).contains("only http and https");
        assertThat(article("/huge").error()).contains("body larger than 64 KB".replace("64 KB", "65536 bytes"));
        assertThat(article("/private/memo-1").error()).contains("robots.txt").contains("/private/memo-1");
        assertThat(site.hits("/private/memo-1")).isZero();
        assertThat(site.hits("/robots.txt")).isEqualTo(1);
        for (String p : List.of("/loop-a", "/to-file", "/huge", "/private/memo-1")) assertThat(article(p).state()).isEqualTo("refused");

        now.set(now.get().plus(INTERVAL));
        watcher().round();
        assertThat(site.hits("/loop-a")).as("refused links are not tried again").isEqualTo(1);
        assertThat(site.hits("/huge")).isEqualTo(1);
    }

    @Test
    void thePublicationTimeComesFromThePageElseTheFeedElseTheCaptureAndTheStoreSaysWhich() throws Exception {
        site.html("/a/meta", TestSite.article("<meta property='article:published_time' content='2026-11-20T10:15:00+03:00'>", 1));
        site.html("/a/jsonld", TestSite.article("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2026-11-21T09:00:00Z\"}</script>", 2));
        site.html("/a/time", TestSite.article("", 3).replace("<h1>", "<time datetime='2026-11-22'>22/11</time><h1>"));
        site.html("/a/none", TestSite.article("", 4));
        site.html("/a/bare", TestSite.article("", 5));
        String feed = "<?xml version='1.0'?><rss version='2.0'><channel><title>t</title><link>" + site.base() + "</link>"
                + "<description>d</description>"
                + item("/a/meta", "Mon, 30 Nov 2026 10:00:00 GMT") + item("/a/jsonld", null) + item("/a/time", null)
                + item("/a/none", "Mon, 23 Nov 2026 12:00:00 GMT") + item("/a/bare", null) + "</channel></rss>";
        site.page("/feed.xml", x -> TestSite.send(x, 200, "application/rss+xml", feed));
        add("/feed.xml", "rss");

        watcher().round();
        assertThat(article("/a/meta")).extracting(Sources.Article::publishedAt, Sources.Article::publishedFrom)
                .containsExactly("2026-11-20T10:15:00+03:00", "article:published_time");
        assertThat(article("/a/jsonld")).extracting(Sources.Article::publishedAt, Sources.Article::publishedFrom)
                .containsExactly("2026-11-21T09:00:00Z", "json-ld");
        assertThat(article("/a/time")).extracting(Sources.Article::publishedAt, Sources.Article::publishedFrom)
                .containsExactly("2026-11-22", "time");
        assertThat(article("/a/none")).extracting(Sources.Article::publishedAt, Sources.Article::publishedFrom)
                .containsExactly("2026-11-23T12:00:00Z", "listing");
        assertThat(article("/a/bare")).extracting(Sources.Article::publishedAt, Sources.Article::publishedFrom)
                .containsExactly(now.get().toString(), "capture");
        assertThat(store.archive().bySha(article("/a/jsonld").docSha()).orElseThrow().published()).hasToString("2026-11-21");
        assertThat(store.archive().bySha(article("/a/none").docSha()).orElseThrow().published()).hasToString("2026-11-23");
        assertThat(store.archive().bySha(article("/a/bare").docSha()).orElseThrow().published()).isNull();
    }

    @Test
    void requestsToOneHostAreOneAtATimeAndTheDelayApart() throws Exception {
        AtomicInteger inFlight = new AtomicInteger(), most = new AtomicInteger();
        List<Long> starts = new java.util.concurrent.CopyOnWriteArrayList<>();
        String[] links = new String[6];
        for (int i = 0; i < links.length; i++) {
            int n = i;
            links[i] = "/p/" + i;
            site.page(links[i], x -> {
                starts.add(System.nanoTime());
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(20);
                    TestSite.send(x, 200, "text/html; charset=utf-8", TestSite.article("", n));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        }
        site.page("/feed.xml", x -> TestSite.send(x, 200, "application/rss+xml", site.rss(links)));
        add("/feed.xml", "rss");
        Duration delay = Duration.ofMillis(150);
        WatchSettings polite = settings.withHostDelay(delay).withConcurrency(4, 1);

        Watcher.Round r = new Watcher(pipeline, polite, null, x -> { }, now::get).round();
        assertThat(r.articlesFetched()).isEqualTo(links.length);
        assertThat(most.get()).as("one request at a time to the host").isEqualTo(1);
        for (int i = 1; i < starts.size(); i++) {
            // arrival at the server may lag the start by a little; never by the whole delay
            assertThat(starts.get(i) - starts.get(i - 1)).isGreaterThan(delay.toNanos() - 50_000_000L);
        }
    }

    private String item(String path, String date) {
        return "<item><title>x</title><link>" + site.url(path) + "</link>" + (date == null ? "" : "<pubDate>" + date + "</pubDate>")
                + "</item>";
    }
}
