package org.raqib.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.raqib.ingest.Fetcher;
import org.raqib.input.Captured;
import org.raqib.input.HtmlReader;
import org.raqib.input.TextDecoding;
import org.raqib.model.Document;
import org.raqib.pipeline.Pipeline;
import org.raqib.pipeline.Progress;
import org.raqib.store.ArchivedDocument;
import org.raqib.store.Sources;

/**
 * Watches the registered sources: each round polls the sources that are due (conditionally,
 * so an unchanged feed costs a 304), records the article links not seen before, fetches every
 * link still to fetch, archives each page unchanged with its publication time, then extracts,
 * relinks and assesses through the {@link Pipeline}. Everything it knows is in the store, each
 * step committed as it is done, so a watcher killed at any point loses nothing fetched and
 * fetches nothing again. A source that fails is polled again later and later (up to a day).
 */
public final class Watcher {
    /** Where a round stands, for a progress line. */
    public record Status(int sourcesDue, int sourcesPolled, int sourcesFailed, long linksNew, long articlesToFetch,
                         long articlesFetched, long articlesFailed, long requests, String stage) {}

    /** What a round did. */
    public record Round(int sourcesPolled, int sourcesFailed, long linksNew, long articlesFetched, long documentsNew,
                        long articlesFailed, long claimsAdded) {}

    private final Pipeline pipeline;
    private final Sources sources;
    private final WatchSettings settings;
    private final Duration intervalOverride;
    private final PoliteClient client;
    private final Consumer<Status> progress;
    private final Supplier<Instant> clock;

    /**
     * @param intervalOverride poll every source this often instead of its own interval (null: its own)
     * @param clock            the time now (tests move it on)
     */
    public Watcher(Pipeline pipeline, WatchSettings settings, Duration intervalOverride, Consumer<Status> progress,
                   Supplier<Instant> clock) {
        this.pipeline = pipeline;
        this.sources = pipeline.store().sources();
        this.settings = settings;
        this.intervalOverride = intervalOverride;
        this.client = new PoliteClient(new Fetcher(settings.maxBody(), settings.connectTimeout(), settings.fetchTimeout(),
                settings.maxRedirects(), Fetcher.USER_AGENT), settings);
        this.progress = progress;
        this.clock = clock;
    }

    /**
     * Rounds until interrupted, each when the next source is due (the registry is looked at
     * again at least every minute, so sources added meanwhile are seen); each round's result
     * goes to {@code afterEach}.
     */
    public void run(Consumer<Round> afterEach) throws InterruptedException {
        while (true) {
            afterEach.accept(round());
            Instant now = clock.get();
            Instant next = now.plus(Duration.ofMinutes(1));
            for (Sources.Source s : sources.all()) if (s.enabled() && s.nextPoll().isBefore(next)) next = s.nextPoll();
            long millis = Duration.between(now, next).toMillis();
            if (millis > 0) Thread.sleep(millis);
            if (Thread.interrupted()) throw new InterruptedException();
        }
    }

    /** One round: poll what is due, fetch what is new (and what failed before, a few times), then extract and link. */
    public Round round() throws InterruptedException {
        List<Sources.Source> due = sources.due(clock.get());
        Counters n = new Counters(due.size());
        ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency(), r -> {
            Thread t = new Thread(r, "raqib-watch");
            t.setDaemon(true);
            return t;
        });
        try {
            n.stage = "polling sources";
            List<Future<?>> polls = new ArrayList<>();
            for (Sources.Source s : due) polls.add(pool.submit(() -> { poll(s, n); return null; }));
            await(polls);
            List<Sources.Pending> pending = sources.pending(settings.maxAttempts());
            n.toFetch.set(pending.size());
            n.stage = "fetching articles";
            report(n);
            List<Future<?>> fetches = new ArrayList<>();
            for (Sources.Pending p : pending) fetches.add(pool.submit(() -> { fetch(p, n); return null; }));
            await(fetches);
        } finally {
            pool.shutdownNow();
        }
        n.stage = "extracting and linking";
        report(n);
        Pipeline.ExtractReport x = pipeline.extract(false, Progress.NONE);
        pipeline.relink();
        n.stage = "done";
        report(n);
        return new Round(n.polled.intValue(), n.sourcesFailed.intValue(), n.linksNew.get(), n.fetched.get(),
                n.documentsNew.get(), n.failed.get(), x.claimsAdded());
    }

    private static void await(List<Future<?>> futures) throws InterruptedException {
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                // each task records its own failure in the store; anything else is a bug to show
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private void poll(Sources.Source s, Counters n) throws InterruptedException {
        Instant now = clock.get();
        try {
            Map<String, String> headers = new HashMap<>();
            if (s.etag() != null) headers.put("If-None-Match", s.etag());
            if (s.lastModified() != null) headers.put("If-Modified-Since", s.lastModified());
            Fetcher.Response r = client.get(s.url(), headers);
            List<Sources.Listed> links = List.of();
            String etag = s.etag(), lastModified = s.lastModified();
            if (r.status() == 200) {
                if (r.body().length == 0) throw new IOException("an empty answer");
                String kind = s.kind();
                if (kind.equals("auto")) {
                    kind = Listings.kindOf(r.body());
                    sources.setKind(s.id(), kind);
                }
                links = links(kind, r);
                etag = r.etag();
                lastModified = r.lastModified();
            } else if (r.status() != 304) {
                throw new IOException("HTTP " + r.status());
            }
            int added = sources.polled(s.id(), now, etag, lastModified, links, now.plus(interval(s)));
            n.linksNew.addAndGet(added);
        } catch (IOException e) {
            n.sourcesFailed.incrementAndGet();
            Duration wait = interval(s).multipliedBy(1L << Math.min(s.failures() + 1, 20));
            if (wait.compareTo(settings.maxBackoff()) > 0) wait = settings.maxBackoff();
            sources.pollFailed(s.id(), now, message(e), now.plus(wait));
        } finally {
            n.polled.incrementAndGet();
            report(n);
        }
    }

    /** The article links of a listing; for a sitemap index, those of the sitemaps it names (a few). */
    private List<Sources.Listed> links(String kind, Fetcher.Response r) throws IOException, InterruptedException {
        List<Sources.Listed> links = new ArrayList<>(Listings.links(kind, r.body(), r.finalUri()));
        if (kind.equals("sitemap")) {
            for (String child : Listings.childSitemaps(r.body(), r.finalUri()).stream().limit(10).toList()) {
                try {
                    Fetcher.Response c = client.get(child, Map.of());
                    if (c.status() == 200) links.addAll(Listings.links("sitemap", c.body(), c.finalUri()));
                } catch (IOException e) {
                    // one unreadable sitemap of an index does not fail the others
                }
            }
        }
        return links.size() > settings.maxLinksPerPoll() ? links.subList(0, settings.maxLinksPerPoll()) : links;
    }

    private Duration interval(Sources.Source s) { return intervalOverride != null ? intervalOverride : s.interval(); }

    private void fetch(Sources.Pending p, Counters n) throws InterruptedException {
        try {
            Fetcher.Response r = client.get(p.url(), Map.of());
            if (r.status() != 200) {
                boolean permanent = r.status() >= 400 && r.status() < 500 && r.status() != 429 && r.status() != 408;
                fail(p, "HTTP " + r.status(), permanent, n);
                return;
            }
            if (r.body().length == 0) {
                fail(p, "an empty answer", false, n);
                return;
            }
            Instant captured = clock.get();
            Article a = article(p, r, captured);
            if (a == null) {
                fail(p, "not a page with text (" + (r.contentType().isEmpty() ? "no media type" : r.contentType()) + ")", true, n);
                return;
            }
            ArchivedDocument doc = ArchivedDocument.of(a.captured(), r.finalUri().toString(), null, captured);
            if (sources.fetched(p.url(), doc, a.published().value(), a.published().from())) n.documentsNew.incrementAndGet();
            n.fetched.incrementAndGet();
        } catch (PoliteClient.Refused e) {
            fail(p, message(e), true, n);
        } catch (IOException | RuntimeException e) {
            fail(p, message(e), false, n);
        } finally {
            report(n);
        }
    }

    private record Article(Captured captured, PublishedTime published) {}

    /** The page read as a report with its publication time; null when it is no page of text. */
    private static Article article(Sources.Pending p, Fetcher.Response r, Instant captured) {
        byte[] body = r.body();
        String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        boolean html = r.contentType().contains("html") || head.contains("<html") || head.contains("<!doctype html");
        String url = r.finalUri().toString();
        if (html) {
            String text = new String(body, TextDecoding.detect(body, body.length, Path.of("page.html")));
            Document d = HtmlReader.parse(text, p.url(), url);
            if (d.text().isBlank()) return null;
            PublishedTime t = PublishedTime.of(Jsoup.parse(text, url), p.listedDate(), captured);
            // the report's day anchors its relative dates ("yesterday"): the page's, else the listing's
            if (d.published() == null && !t.from().equals(PublishedTime.CAPTURE)) {
                d = new Document(d.id(), d.url(), t.day(), d.lang(), d.title(), d.text());
            }
            return new Article(new Captured(d, body, "text/html"), t);
        }
        if (!r.contentType().startsWith("text/plain")) return null;
        String text = TextDecoding.decode(body, Path.of("download.txt"));
        if (text.isBlank()) return null;
        PublishedTime t = PublishedTime.of(null, p.listedDate(), captured);
        java.time.LocalDate day = t.from().equals(PublishedTime.CAPTURE) ? null : t.day();
        return new Article(new Captured(new Document(p.url(), url, day, "ar", null, text), body, "text/plain"), t);
    }

    private void fail(Sources.Pending p, String why, boolean permanent, Counters n) {
        sources.failed(p.url(), why, permanent);
        n.failed.incrementAndGet();
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private void report(Counters n) {
        progress.accept(new Status(n.due, n.polled.intValue(), n.sourcesFailed.intValue(), n.linksNew.get(), n.toFetch.get(),
                n.fetched.get(), n.failed.get(), client.requests(), n.stage));
    }

    /** The counts of a round, updated by the fetching threads. */
    private static final class Counters {
        final int due;
        final AtomicLong polled = new AtomicLong(), sourcesFailed = new AtomicLong(), linksNew = new AtomicLong(),
                toFetch = new AtomicLong(), fetched = new AtomicLong(), documentsNew = new AtomicLong(), failed = new AtomicLong();
        volatile String stage = "";

        Counters(int due) { this.due = due; }
    }
}
