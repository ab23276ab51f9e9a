package org.raqib.watch;

import java.time.Duration;

/**
 * How a watcher behaves: politeness (delay between requests to one host, requests at a time
 * to one host and in all), bounds of each fetch, retries, how often sources are polled and
 * how long a failing source is left alone at most.
 *
 * @param hostDelay      least time between the starts of two requests to one host
 * @param perHost        requests to one host at a time
 * @param concurrency    requests at a time in all (also the number of fetching threads)
 * @param connectTimeout time to connect
 * @param fetchTimeout   time for a whole fetch, redirects and body included (the read time-out)
 * @param maxBody        largest body read
 * @param maxRedirects   redirects followed at most (only to http(s))
 * @param retries        further tries after a 429, a 5xx or a lost connection
 * @param retryBase      wait before the first retry, doubled for each further one
 * @param maxRetryWait   longest wait before a retry, whatever Retry-After asks
 * @param interval       how often a source is polled when none is given
 * @param maxBackoff     longest a failing source is left alone
 * @param maxAttempts    tries of an article before it is given up
 * @param maxLinksPerPoll article links taken from one poll of one source at most
 */
public record WatchSettings(Duration hostDelay, int perHost, int concurrency, Duration connectTimeout,
                            Duration fetchTimeout, long maxBody, int maxRedirects, int retries, Duration retryBase,
                            Duration maxRetryWait, Duration interval, Duration maxBackoff, int maxAttempts,
                            int maxLinksPerPoll) {
    public WatchSettings {
        if (perHost < 1 || concurrency < 1) throw new IllegalArgumentException("at least one request at a time");
        if (hostDelay.isNegative()) throw new IllegalArgumentException("a negative delay");
    }

    /** Polite defaults: a second between requests to a host, one at a time per host, four in all. */
    public static WatchSettings defaults() {
        return new WatchSettings(Duration.ofSeconds(1), 1, 4, Duration.ofSeconds(15), Duration.ofSeconds(60), 16L << 20,
                3, 3, Duration.ofSeconds(2), Duration.ofMinutes(2), Duration.ofMinutes(30), Duration.ofHours(24), 3, 500);
    }

    public WatchSettings withHostDelay(Duration d) {
        return new WatchSettings(d, perHost, concurrency, connectTimeout, fetchTimeout, maxBody, maxRedirects, retries,
                retryBase, maxRetryWait, interval, maxBackoff, maxAttempts, maxLinksPerPoll);
    }

    public WatchSettings withConcurrency(int all, int host) {
        return new WatchSettings(hostDelay, host, all, connectTimeout, fetchTimeout, maxBody, maxRedirects, retries,
                retryBase, maxRetryWait, interval, maxBackoff, maxAttempts, maxLinksPerPoll);
    }

    public WatchSettings withInterval(Duration d) {
        return new WatchSettings(hostDelay, perHost, concurrency, connectTimeout, fetchTimeout, maxBody, maxRedirects, retries,
                retryBase, maxRetryWait, d, maxBackoff, maxAttempts, maxLinksPerPoll);
    }

    /** Bounds of a fetch and of retries (tests use small ones). */
    public WatchSettings withBounds(Duration fetch, long body, Duration retryFirst) {
        return new WatchSettings(hostDelay, perHost, concurrency, connectTimeout, fetch, body, maxRedirects, retries,
                retryFirst, maxRetryWait, interval, maxBackoff, maxAttempts, maxLinksPerPoll);
    }
}
