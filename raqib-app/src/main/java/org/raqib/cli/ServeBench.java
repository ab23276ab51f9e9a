package org.raqib.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.raqib.search.SearchIndex;
import org.raqib.web.RecordSnapshot;
import org.raqib.web.SearchSync;
import org.raqib.web.WebServer;

/**
 * {@code raqib bench serve}: the server on a synthetic record of 100,000 incidents (and as many
 * archived reports in the search index), loaded from this process over 127.0.0.1 only. For
 * each kind of request: a fixed rate (default 200 requests/s) for a few seconds, reporting
 * latency percentiles measured from when each request was due (so a stalled server is not
 * hidden by a waiting client), then as fast as 8 clients can go, for throughput. Bounded: at
 * most 256 requests in flight, and the whole run stops by itself.
 */
final class ServeBench {
    private static final int IN_FLIGHT = 256;
    private static final String[] COUNTRIES = {"SY", "IQ", "YE", "PS", "LY", "LB", "SD"};
    private static final String[] WORDS = {"غارة", "الغارات", "بغارة", "قصف", "مدنيا", "انفجار", "اشتباكات", "الأنقاض", "نزوح", "تحقيق"};

    private record Kind(String name, Function<SplittableRandom, String> path) {}

    private ServeBench() {}

    static int run(int n, int rate, int seconds, PrintWriter out) throws Exception {
        long t0 = System.nanoTime();
        SyntheticRecord synthetic = new SyntheticRecord(n);
        RecordSnapshot record = synthetic.snapshot();
        out.printf("bench serve: %,d synthetic incidents, %,d claims, %,d documents made in %.1f s%n", synthetic.incidents.size(),
                synthetic.claims.size(), synthetic.documents.size(), (System.nanoTime() - t0) / 1e9);
        out.flush();
        Path folder = Files.createTempDirectory("raqib-bench-index");
        SearchIndex index = SearchIndex.open(folder);
        WebServer server = null;
        try {
            long t1 = System.nanoTime();
            SearchSync sync = new SearchSync(record, index);
            sync.sync();
            out.printf("bench serve: %,d documents indexed for search in %.1f s%n", index.size(), (System.nanoTime() - t1) / 1e9);
            server = new WebServer(record, index, sync, null).start("127.0.0.1", 0);
            String base = "http://127.0.0.1:" + server.port();
            List<String> ids = synthetic.incidents.stream().map(i -> i.id()).toList();
            List<Kind> kinds = List.of(
                    new Kind("incident list (page of 100, one country)", r -> "/api/v1/incidents?limit=100&country=" + COUNTRIES[r.nextInt(COUNTRIES.length)]),
                    new Kind("one incident with its claims", r -> "/api/v1/incidents/" + ids.get(r.nextInt(ids.size()))),
                    new Kind("map data (one country, one year)", r -> {
                        int year = 2015 + r.nextInt(10);
                        return "/api/v1/map?country=" + COUNTRIES[r.nextInt(COUNTRIES.length)] + "&from=" + year + "-01-01&to=" + year + "-12-31";
                    }),
                    new Kind("search (one word, 10 hits, facets)", r -> "/api/v1/search?q=" + URLEncoder.encode(WORDS[r.nextInt(WORDS.length)], StandardCharsets.UTF_8)));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(8)).connectTimeout(Duration.ofSeconds(5)).build();
            out.printf("%-42s %9s %8s %8s %8s %8s %11s%n", "", "rate/s", "p50 ms", "p95 ms", "p99 ms", "errors", "max req/s");
            for (Kind k : kinds) {
                warmUp(http, base, k);
                double[] lat = fixedRate(http, base, k, rate, seconds);
                double max = closedLoop(http, base, k, 8, Math.max(2, seconds / 2));
                out.printf("%-42s %9d %8.1f %8.1f %8.1f %8d %11.0f%n", k.name(), rate, pct(lat, 50), pct(lat, 95), pct(lat, 99),
                        (int) lat[lat.length - 1], max);
                out.flush();
            }
            out.println("goal: API reads p99 < 50 ms at 200 requests/s; search p95 < 100 ms over 100,000 documents");
            out.flush();
            return 0;
        } finally {
            if (server != null) server.stop();
            index.close();
            try (var files = Files.walk(folder)) {
                files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void warmUp(HttpClient http, String base, Kind k) throws Exception {
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 200; i++) http.send(request(base + k.path().apply(r)), HttpResponse.BodyHandlers.discarding());
    }

    /**
     * Sends {@code rate} requests a second for {@code seconds}; returns the sorted latencies in
     * ms, each from the moment its request was due, with the count of errors as the last element.
     */
    private static double[] fixedRate(HttpClient http, String base, Kind k, int rate, int seconds) throws Exception {
        int total = rate * seconds;
        double[] latency = new double[total];
        AtomicInteger errors = new AtomicInteger();
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        List<CompletableFuture<?>> pending = new ArrayList<>(total);
        SplittableRandom r = new SplittableRandom(2);
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            if (!inFlight.tryAcquire()) {
                errors.incrementAndGet();
                latency[i] = Double.NaN;
                continue;
            }
            int slot = i;
            pending.add(http.sendAsync(request(base + k.path().apply(r)), HttpResponse.BodyHandlers.ofByteArray())
                    .whenComplete((resp, e) -> {
                        latency[slot] = (System.nanoTime() - due) / 1e6;
                        if (e != null || resp.statusCode() != 200) errors.incrementAndGet();
                        inFlight.release();
                    }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).get();
        double[] ok = Arrays.stream(latency).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double[] out = Arrays.copyOf(ok, ok.length + 1);
        out[ok.length] = errors.get();
        return out;
    }

    /** Requests per second that {@code clients} clients, each waiting for its answer, get through. */
    private static double closedLoop(HttpClient http, String base, Kind k, int clients, int seconds) throws Exception {
        AtomicInteger done = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            SplittableRandom r = new SplittableRandom(100 + c);
            threads.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < end) {
                    try {
                        http.send(request(base + k.path().apply(r)), HttpResponse.BodyHandlers.discarding());
                        done.incrementAndGet();
                    } catch (Exception e) {
                        return;
                    }
                }
            }));
        }
        for (Thread t : threads) t.join();
        return done.get() / (double) seconds;
    }

    private static HttpRequest request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build();
    }

    /** A percentile of sorted values (the last element, the error count, is left out). */
    private static double pct(double[] sortedWithErrors, int p) {
        int n = sortedWithErrors.length - 1;
        if (n <= 0) return Double.NaN;
        return sortedWithErrors[Math.min(n - 1, (int) Math.ceil(p / 100.0 * n) - 1)];
    }
}
