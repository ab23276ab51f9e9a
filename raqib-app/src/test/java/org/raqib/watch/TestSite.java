package org.raqib.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web site on 127.0.0.1 for the watcher's tests: pages by path, counting every request (by
 * path with its query) and keeping the request headers, so a test can tell what was fetched how often.
 */
final class TestSite implements AutoCloseable {
    interface Handler { void handle(HttpExchange x) throws IOException; }

    private final HttpServer server;
    private final ExecutorService threads;
    private final Map<String, Handler> pages = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    final List<Map<String, List<String>>> headers = new CopyOnWriteArrayList<>();

    TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-site");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", x -> {
            String key = x.getRequestURI().getRawPath() + (x.getRequestURI().getRawQuery() == null ? "" : "?" + x.getRequestURI().getRawQuery());
            hits.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            headers.add(Map.copyOf(x.getRequestHeaders()));
            Handler h = pages.get(key);
            if (h == null) h = pages.get(x.getRequestURI().getRawPath());
            try {
                if (h == null) send(x, 404, "text/plain", "not here");
                else h.handle(x);
            } catch (IOException gone) {
                // the client stopped reading, as it should for an oversized body or a time-out
            } finally {
                x.close();
            }
        });
        server.start();
    }

    String base() { return "http://127.0.0.1:" + server.getAddress().getPort(); }

    String url(String path) { return base() + path; }

    TestSite page(String path, Handler h) {
        pages.put(path, h);
        return this;
    }

    TestSite html(String path, String html) { return page(path, x -> send(x, 200, "text/html; charset=utf-8", html)); }

    int hits(String pathAndQuery) {
        AtomicInteger n = hits.get(pathAndQuery);
        return n == null ? 0 : n.get();
    }

    Map<String, AtomicInteger> allHits() { return hits; }

    static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        if (b.length > 0) {
            try (OutputStream out = x.getResponseBody()) {
                out.write(b);
            }
        }
    }

    static void redirect(HttpExchange x, String location) throws IOException {
        x.getResponseHeaders().set("Location", location);
        x.sendResponseHeaders(302, -1);
    }

    /** An article page of our own words, with whatever head (dates) the test gives it. */
    static String article(String head, int n) {
        return "<html><head><meta charset=utf-8><title>تقرير " + n + "</title>" + head + "</head><body><article><h1>تقرير رقم " + n
                + "</h1><p>قالت مصادر طبية محلية إن " + (n % 8 + 3) + " مدنيين قتلوا في قصف مدفعي استهدف قرية في ريف حلب الغربي"
                + " صباح الثلاثاء، وإن فرق الدفاع المدني نقلت الجرحى إلى مستشفى قريب.</p>"
                + "<p>وأضافت المصادر أن القصف طال منازل سكنية وسوقا شعبيا في القرية رقم " + n + ".</p></article></body></html>";
    }

    /** An RSS feed listing the given links (absolute or paths on this site), with an optional date each. */
    String rss(String... links) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>موقع تجريبي</title><link>" + base() + "/</link><description>أخبار</description>");
        int i = 0;
        for (String l : links) {
            String href = l.startsWith("http") ? l : base() + l;
            sb.append("<item><title>خبر ").append(++i).append("</title><link>").append(href.replace("&", "&amp;"))
                    .append("</link><description>خبر قصير</description></item>");
        }
        return sb.append("</channel></rss>").toString();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
