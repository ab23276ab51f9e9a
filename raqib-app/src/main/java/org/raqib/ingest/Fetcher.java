package org.raqib.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one URL within bounds a monitoring feed needs: the body may not exceed a size
 * (checked while it streams in, never read whole first), the whole fetch (redirects included)
 * may not exceed a time, and redirects go only to http(s) URLs and only a few times. Each
 * case fails with an {@link IOException} saying which bound was hit; an empty body is a
 * failure too, so a failed fetch never becomes an empty document. {@link #get} is the same
 * fetch for a crawler: it sends request headers (conditional requests) and hands back any
 * status with the response's validators instead of failing on it.
 */
public final class Fetcher {
    /** A page, a feed or an export of JSON lines; anything larger is not a report. */
    static final long MAX_BODY = 64L << 20;
    static final Duration TIME_LIMIT = Duration.ofSeconds(120);
    static final int MAX_REDIRECTS = 5;

    /** A fetched body, its media type (lower case, may be empty) and the URL it finally came from. */
    record Fetched(byte[] body, String contentType, URI finalUri) {}

    /**
     * An answer after redirects: its status, body (empty for 304 and bodiless answers), media
     * type (lower case, may be empty), final URL, validators for the next conditional request
     * (null when absent) and how long the server asked to wait (Retry-After in seconds, else null).
     */
    public record Response(int status, byte[] body, String contentType, URI finalUri, String etag, String lastModified,
                           Duration retryAfter) {}

    /** Says what is asking and which robots.txt group applies to it. */
    public static final String USER_AGENT = "raqib/0.1 (casualty recording; robots.txt token: raqib)";

    private final long maxBody;
    private final Duration timeLimit;
    private final int maxRedirects;
    private final String userAgent;
    private final HttpClient http;

    Fetcher() { this(MAX_BODY, TIME_LIMIT, MAX_REDIRECTS); }

    Fetcher(long maxBody, Duration timeLimit, int maxRedirects) {
        this(maxBody, Duration.ofSeconds(20), timeLimit, maxRedirects, USER_AGENT);
    }

    /** {@code timeLimit}: for the whole fetch, redirects and reading the body included (the read time-out). */
    public Fetcher(long maxBody, Duration connectTimeout, Duration timeLimit, int maxRedirects, String userAgent) {
        this.maxBody = maxBody;
        this.timeLimit = timeLimit;
        this.maxRedirects = maxRedirects;
        this.userAgent = userAgent;
        // redirects are followed here, one by one, so that each target is checked
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Fetched fetch(String url) throws IOException, InterruptedException {
        Response r = get(url, Map.of());
        int status = r.status();
        if (status >= 400) throw new IOException("HTTP " + status);
        if (status != 200) throw new IOException("HTTP " + status + " (no page to archive)");
        if (r.body().length == 0) throw new IOException("empty body (HTTP " + status + "): nothing to archive");
        return new Fetched(r.body(), r.contentType(), r.finalUri());
    }

    /**
     * Fetches a URL with the given request headers, following redirects within the bounds.
     * Any final status is returned; a bound hit, a refused redirect or a network failure is an
     * {@link IOException}.
     */
    public Response get(String url, Map<String, String> headers) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeLimit.toNanos();
        URI uri;
        try {
            uri = checked(URI.create(url), url);
        } catch (IllegalArgumentException e) {
            throw new IOException("not a URL: " + url);
        }
        Set<URI> seen = new HashSet<>();
        for (int redirects = 0; ; redirects++) {
            if (!seen.add(uri)) throw new Refused("redirect loop (back to " + uri + ")");
            HttpResponse<byte[]> r = send(uri, headers, deadline);
            int status = r.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = r.headers().firstValue("Location")
                        .orElseThrow(() -> new IOException("HTTP " + status + " redirect without a Location"));
                if (redirects >= maxRedirects) throw new Refused("too many redirects (more than " + maxRedirects + ")");
                try {
                    uri = checked(uri.resolve(location.strip()), location);
                } catch (IllegalArgumentException e) {
                    throw new IOException("redirect to a malformed URL: " + location);
                }
                continue;
            }
            String type = r.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            Duration wait = r.headers().firstValue("Retry-After").filter(v -> v.strip().matches("\\d{1,6}"))
                    .map(v -> Duration.ofSeconds(Long.parseLong(v.strip()))).orElse(null);
            return new Response(status, r.body() == null ? new byte[0] : r.body(), type, uri,
                    r.headers().firstValue("ETag").orElse(null), r.headers().firstValue("Last-Modified").orElse(null), wait);
        }
    }

    /** Only http(s) may be fetched, also at the end of a redirect (never file:, ftp:, jar:, ...). */
    private static URI checked(URI uri, String asGiven) throws IOException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused("refused to go to " + asGiven + ": only http and https URLs are fetched");
        }
        if (uri.getHost() == null) throw new IOException("no host in " + asGiven);
        return uri;
    }

    private HttpResponse<byte[]> send(URI uri, Map<String, String> headers, long deadline) throws IOException, InterruptedException {
        long left = deadline - System.nanoTime();
        if (left <= 0) throw timedOut();
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofNanos(left)).header("User-Agent", userAgent);
        headers.forEach(b::header);
        HttpRequest request = b.GET().build();
        CompletableFuture<HttpResponse<byte[]>> f = http.sendAsync(request, info -> bounded(info));
        try {
            return f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw timedOut();
        } catch (InterruptedException e) {
            f.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            for (Throwable t = cause; t != null; t = t.getCause()) {
                if (t instanceof TooLarge large) throw large;
                if (t instanceof java.net.http.HttpTimeoutException) throw timedOut();
            }
            if (cause instanceof IOException io) throw io;
            throw new IOException(cause == null ? e.toString() : cause.toString(), cause);
        }
    }

    private IOException timedOut() {
        return new TimedOut("no complete answer within " + timeLimit.toSeconds() + " s (the time limit of a fetch)");
    }

    /** The body, refused as soon as it is larger than the limit, whatever its Content-Length says. */
    private HttpResponse.BodySubscriber<byte[]> bounded(HttpResponse.ResponseInfo info) {
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBody) return new RefusedBody(tooLarge());
        return new Collecting();
    }

    private TooLarge tooLarge() {
        return new TooLarge("body larger than " + (maxBody >= 1 << 20 ? (maxBody >> 20) + " MB" : maxBody + " bytes")
                + " (the size limit of a fetch)");
    }

    /** A bound of the fetch was hit (size, redirects out of http(s), a loop or too many): trying again will not help. */
    public static class Refused extends IOException {
        Refused(String message) { super(message); }
    }

    /** The fetch took longer than its time limit. */
    public static final class TimedOut extends IOException {
        TimedOut(String message) { super(message); }
    }

    static final class TooLarge extends Refused {
        TooLarge(String message) { super(message); }
    }

    /** Collects the body until it ends or passes the limit, then cancels the download. */
    private final class Collecting implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        @Override
        public CompletionStage<byte[]> getBody() { return result; }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer b : buffers) {
                if (bytes.size() + (long) b.remaining() > maxBody) {
                    subscription.cancel();
                    result.completeExceptionally(tooLarge());
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                bytes.writeBytes(chunk);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable t) { result.completeExceptionally(t); }

        @Override
        public void onComplete() { result.complete(bytes.toByteArray()); }
    }

    /** A body refused before it is read (its declared length is over the limit). */
    private static final class RefusedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final IOException why;

        RefusedBody(IOException why) { this.why = why; }

        @Override
        public CompletionStage<byte[]> getBody() { return result; }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            s.cancel();
            result.completeExceptionally(why);
        }

        @Override
        public void onNext(List<ByteBuffer> item) { }

        @Override
        public void onError(Throwable t) { result.completeExceptionally(why); }

        @Override
        public void onComplete() { result.completeExceptionally(why); }
    }
}
