package org.raqib.watch;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.raqib.ingest.Fetcher;

/**
 * Fetches as a guest of the sites watched: robots.txt asked first and obeyed, at most
 * {@code perHost} requests to a host at a time and each started at least the host delay (or
 * the site's larger Crawl-delay) after the one before, at most {@code concurrency} requests in
 * all, and a 429 or 5xx answer (or a failed connection, not a time-out) tried again a few times, waiting longer
 * each time (or as long as Retry-After asks, within reason). Bounds of each fetch (size,
 * time-outs, redirects) are {@link Fetcher}'s.
 */
final class PoliteClient {
    /** Raqib's product token in robots.txt. */
    static final String ROBOTS_AGENT = "raqib";
    private static final long ROBOTS_KEPT_NANOS = Duration.ofHours(24).toNanos();
    private static final long ROBOTS_ERROR_KEPT_NANOS = Duration.ofMinutes(10).toNanos();

    /** The page is not for Raqib: robots.txt says no, or the fetch hit a bound. Not tried again. */
    static final class Refused extends IOException {
        Refused(String message) { super(message); }
    }

    private final Fetcher fetcher;
    private final WatchSettings settings;
    private final Semaphore all;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();

    PoliteClient(Fetcher fetcher, WatchSettings settings) {
        this.fetcher = fetcher;
        this.settings = settings;
        this.all = new Semaphore(settings.concurrency(), true);
    }

    /** Requests sent so far, robots.txt and retries included. */
    long requests() { return requests.get(); }

    /**
     * Fetches a URL politely. Returns the final answer (a 304, a 200, or a 4xx/5xx that
     * outlasted the retries).
     *
     * @throws Refused robots.txt forbids it, or a bound of the fetch was hit
     * @throws IOException it could not be fetched (time-out, network), also after retries
     */
    Fetcher.Response get(String url, Map<String, String> headers) throws IOException, InterruptedException {
        URI uri = URI.create(url);
        Host host = host(uri);
        Robots robots = robots(uri, host);
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        if (!robots.allows(path)) throw new Refused("robots.txt of " + host.key + " forbids " + path);
        for (int attempt = 0; ; attempt++) {
            Fetcher.Response r;
            try {
                r = send(host, robots, url, headers);
            } catch (Fetcher.Refused e) {
                throw new Refused(e.getMessage());
            } catch (Fetcher.TimedOut e) {
                throw e;   // a slow site is not hurried by asking again at once; the next poll will
            } catch (IOException e) {
                if (attempt >= settings.retries()) throw e;
                pause(backoff(attempt, null));
                continue;
            }
            boolean again = r.status() == 429 || r.status() >= 500;
            if (!again || attempt >= settings.retries()) return r;
            pause(backoff(attempt, r.retryAfter()));
        }
    }

    private Duration backoff(int attempt, Duration asked) {
        Duration d = settings.retryBase().multipliedBy(1L << Math.min(attempt, 10));
        if (asked != null && asked.compareTo(d) > 0) d = asked;
        return d.compareTo(settings.maxRetryWait()) > 0 ? settings.maxRetryWait() : d;
    }

    private static void pause(Duration d) throws InterruptedException {
        if (!d.isZero() && !d.isNegative()) Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
    }

    /** One request through the host's gate and the global limit. */
    private Fetcher.Response send(Host host, Robots robots, String url, Map<String, String> headers)
            throws IOException, InterruptedException {
        long delay = Math.max(settings.hostDelay().toNanos(), (long) (robots.crawlDelaySeconds() * 1e9));
        host.slots.acquire();
        try {
            long wait;
            synchronized (host) {
                long now = System.nanoTime();
                long start = Math.max(now, host.nextStart);
                host.nextStart = start + delay;
                wait = start - now;
            }
            if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            all.acquire();
            try {
                requests.incrementAndGet();
                return fetcher.get(url, headers);
            } finally {
                all.release();
            }
        } finally {
            host.slots.release();
        }
    }

    /** The host's robots.txt, fetched once a day (a failure to read it: nothing is fetched from the host for a while). */
    private Robots robots(URI uri, Host host) throws InterruptedException {
        synchronized (host.robotsLock) {
            long now = System.nanoTime();
            if (host.robots != null && now < host.robotsUntil) return host.robots;
            Robots r;
            long kept = ROBOTS_KEPT_NANOS;
            try {
                Fetcher.Response res = send(host, Robots.ALLOW_ALL, host.key + "/robots.txt", Map.of());
                if (res.status() == 200) r = Robots.parse(new String(res.body(), StandardCharsets.UTF_8), ROBOTS_AGENT);
                else if (res.status() >= 400 && res.status() < 500) r = Robots.ALLOW_ALL;   // no robots.txt: no rules
                else {
                    r = Robots.DISALLOW_ALL;   // RFC 9309: an unreachable robots.txt means stay away
                    kept = ROBOTS_ERROR_KEPT_NANOS;
                }
            } catch (Fetcher.Refused e) {
                r = Robots.ALLOW_ALL;   // e.g. a robots.txt redirecting out of http(s) or too large: as if there were none
            } catch (IOException e) {
                r = Robots.DISALLOW_ALL;
                kept = ROBOTS_ERROR_KEPT_NANOS;
            }
            host.robots = r;
            host.robotsUntil = now + kept;
            return r;
        }
    }

    private Host host(URI uri) {
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        int port = uri.getPort();
        String key = scheme + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT) + (port == -1 ? "" : ":" + port);
        return hosts.computeIfAbsent(key, k -> new Host(k, settings.perHost()));
    }

    /** What is known of one host: its gate and its robots.txt. */
    private static final class Host {
        final String key;
        final Semaphore slots;
        final Object robotsLock = new Object();
        long nextStart;
        Robots robots;
        long robotsUntil;

        Host(String key, int perHost) {
            this.key = key;
            this.slots = new Semaphore(perHost, true);
            this.nextStart = System.nanoTime();
        }
    }
}
