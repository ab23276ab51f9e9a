package org.raqib.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.raqib.pipeline.Extraction;
import org.raqib.pipeline.Pipeline;
import org.raqib.store.Store;
import org.raqib.watch.WatchSettings;
import org.raqib.watch.Watcher;

/**
 * {@code raqib bench watch}: the watcher on a site served from this process on 127.0.0.1
 * only: three RSS feeds and a listing page leading to a few hundred synthetic articles (each
 * listed twice, once with tracking parameters), fetched with the politeness delay at zero and
 * four requests at a time, then extracted and linked. Reports articles a minute for the
 * fetching (archiving included) and for the whole round.
 */
final class WatchBench {
    private static final String[] PLACES = {"إدلب", "حلب", "حماة", "درعا", "دير الزور", "الرقة", "حمص"};

    private WatchBench() {}

    static int run(int articles, PrintWriter out) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "bench-site");
            t.setDaemon(true);
            return t;
        }));
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        AtomicLong requests = new AtomicLong();
        server.createContext("/", x -> {
            requests.incrementAndGet();
            String path = x.getRequestURI().getPath();
            String body;
            String type = "text/html; charset=utf-8";
            if (path.startsWith("/feed/")) {
                int f = Integer.parseInt(path.substring(6));
                StringBuilder sb = new StringBuilder("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>f</title>"
                        + "<link>" + base + "</link><description>d</description>");
                for (int i = f; i < articles; i += 3) {
                    sb.append("<item><title>t</title><link>").append(base).append("/news/").append(i)
                            .append("?utm_source=rss&amp;utm_medium=feed</link></item>");
                }
                body = sb.append("</channel></rss>").toString();
                type = "application/rss+xml";
            } else if (path.equals("/latest")) {
                StringBuilder sb = new StringBuilder("<html><body><ul>");
                for (int i = 0; i < articles; i++) sb.append("<li><a href='/news/").append(i).append("'>").append(i).append("</a></li>");
                body = sb.append("</ul></body></html>").toString();
            } else if (path.startsWith("/news/")) {
                body = article(Integer.parseInt(path.substring(6)));
            } else {
                x.sendResponseHeaders(404, -1);
                x.close();
                return;
            }
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().set("Content-Type", type);
            x.sendResponseHeaders(200, b.length);
            try (OutputStream o = x.getResponseBody()) {
                o.write(b);
            }
        });
        server.start();
        Path data = Files.createTempDirectory("raqib-bench-watch");
        try (Store store = Store.open(data)) {
            for (int f = 0; f < 3; f++) store.sources().add(base + "/feed/" + f, null, null, "rss", Duration.ofMinutes(30));
            store.sources().add(base + "/latest", null, null, "html-list", Duration.ofMinutes(30));
            Pipeline pipeline = new Pipeline(store, Extraction.forData(data));
            long[] fetchedAt = {0};
            WatchSettings settings = WatchSettings.defaults().withHostDelay(Duration.ZERO).withConcurrency(4, 4);
            long t0 = System.nanoTime();
            Watcher.Round r = new Watcher(pipeline, settings, null, s -> {
                if (fetchedAt[0] == 0 && s.stage().startsWith("extracting")) fetchedAt[0] = System.nanoTime();
            }, Instant::now).round();
            long t1 = System.nanoTime();
            double fetchMin = (fetchedAt[0] - t0) / 6e10, allMin = (t1 - t0) / 6e10;
            out.printf("bench watch: %d sources, %d links found (each article listed twice), %d articles fetched and archived "
                            + "(%d requests to the site), %d claims new%n", r.sourcesPolled(), r.linksNew(), r.articlesFetched(),
                    requests.get(), r.claimsAdded());
            out.printf("bench watch: fetching and archiving %.1f s: %,.0f articles a minute (delay 0, 4 requests at a time)%n",
                    fetchMin * 60, r.articlesFetched() / fetchMin);
            out.printf("bench watch: whole round with extraction and linking %.1f s: %,.0f articles a minute%n",
                    allMin * 60, r.articlesFetched() / allMin);
            return r.articlesFetched() == articles && r.articlesFailed() == 0 ? 0 : 1;
        } finally {
            server.stop(0);
        }
    }

    /** A synthetic report in words of our own, its figures and places varying with {@code n}. */
    private static String article(int n) {
        return "<html><head><meta charset=utf-8><meta property='article:published_time' content='2026-11-" + (10 + n % 19)
                + "T08:00:00Z'><title>تقرير " + n + "</title></head><body><article><h1>تقرير " + n + "</h1><p>قالت مصادر طبية محلية إن "
                + (n % 8 + 3) + " مدنيين قتلوا في قصف استهدف بلدة في ريف " + PLACES[n % PLACES.length]
                + " أمس، وإن فرق الإسعاف نقلت الجرحى إلى مستشفى قريب.</p><p>وأضافت المصادر أن القصف طال حيا سكنيا في البلدة رقم "
                + n + ".</p></article></body></html>";
    }
}
