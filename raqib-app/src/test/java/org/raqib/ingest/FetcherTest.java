package org.raqib.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.store.Store;

/** Fetches against a server on 127.0.0.1 that misbehaves in each way a monitored site can. */
class FetcherTest {
    private static final byte[] PAGE = ("<html><body><article><p>قال مسعفون إن 3 مدنيين قتلوا في قصف على بلدة في ريف حماة"
            + " وإن فرق الإنقاذ ما زالت تبحث بين الأنقاض.</p></article></body></html>").getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private HttpServer server;
    private ExecutorService threads;
    private String base;
    private final Fetcher fetcher = new Fetcher(1 << 20, Duration.ofSeconds(2), 3);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/page", x -> send(x, 200, PAGE));
        server.createContext("/huge", x -> {   // no Content-Length: the limit must hold while streaming
            x.sendResponseHeaders(200, 0);
            try (OutputStream out = x.getResponseBody()) {
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < 64; i++) out.write(chunk);   // 4 MB
            } catch (IOException gone) {
                // the client stopped reading, as it should
            }
        });
        server.createContext("/declared", x -> {
            x.sendResponseHeaders(200, 2L << 30);                 // says 2 GB
            try (OutputStream out = x.getResponseBody()) {
                out.write(new byte[1024]);
                out.flush();
                Thread.sleep(3000);
            } catch (IOException | InterruptedException gone) {
                // the client refused the body, as it should
            }
        });
        server.createContext("/slow", x -> {   // a byte a second for ever
            x.sendResponseHeaders(200, 0);
            try (OutputStream out = x.getResponseBody()) {
                for (int i = 0; i < 60; i++) {
                    out.write('<');
                    out.flush();
                    Thread.sleep(500);
                }
            } catch (IOException | InterruptedException gone) {
                // the client gave up, as it should
            }
        });
        server.createContext("/to-file", x -> redirect(x, "file:///etc/passwd"));
        server.createContext("/loop-a", x -> redirect(x, "/loop-b"));
        server.createContext("/loop-b", x -> redirect(x, "/loop-a"));
        server.createContext("/hop", x -> {
            int n = Integer.parseInt(x.getRequestURI().getQuery());
            redirect(x, "/hop?" + (n + 1));
        });
        server.createContext("/moved", x -> redirect(x, "/page"));
        server.createContext("/empty", x -> send(x, 200, new byte[0]));
        server.createContext("/error", x -> send(x, 503, "busy".getBytes(StandardCharsets.UTF_8)));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        threads.shutdownNow();
    }

    @Test
    void followsAFewRedirectsToHttp() throws Exception {
        Fetcher.Fetched f = fetcher.fetch(base + "/moved");
        assertThat(f.body()).isEqualTo(PAGE);
        assertThat(f.finalUri()).hasToString(base + "/page");
    }

    @Test
    void stopsReadingABodyLargerThanTheLimitWhileItStreams() {
        assertThatThrownBy(() -> fetcher.fetch(base + "/huge")).isInstanceOf(IOException.class)
                .hasMessageContaining("body larger than 1 MB");
        assertThatThrownBy(() -> fetcher.fetch(base + "/declared")).hasMessageContaining("body larger than 1 MB");
    }

    @Test
    void givesUpOnASlowServerAtTheTimeLimit() {
        assertThatThrownBy(() -> fetcher.fetch(base + "/slow")).isInstanceOf(IOException.class)
                .hasMessageContaining("no complete answer within 2 s");
    }

    @Test
    void refusesRedirectsOutOfHttpLoopsAndLongChains() {
        assertThatThrownBy(() -> fetcher.fetch(base + "/to-file"))
                .hasMessage("refused to go to file:///etc/passwd: only http and https URLs are fetched");
        assertThatThrownBy(() -> fetcher.fetch(base + "/loop-a")).hasMessageStartingWith("redirect loop");
        assertThatThrownBy(() -> fetcher.fetch(base + "/hop?0")).hasMessage("too many redirects (more than 3)");
    }

    @Test
    void anEmptyBodyOrAnErrorIsAFailure() {
        assertThatThrownBy(() -> fetcher.fetch(base + "/empty")).hasMessageStartingWith("empty body");
        assertThatThrownBy(() -> fetcher.fetch(base + "/error")).hasMessage("HTTP 503");
    }

    @Test
    void aFailedFetchStoresNothingAndIsCountedAndNamed() {
        try (Store store = Store.open(dir.resolve("data"))) {
            Ingester ingester = new Ingester(store, null, w -> { }, fetcher);
            List<String> urls = List.of(base + "/to-file", base + "/loop-a", base + "/empty", base + "/huge", base + "/page",
                    "file:///etc/passwd");
            Ingester.Result r = ingester.ingest(urls, p -> { });
            assertThat(r.added()).isEqualTo(1);
            assertThat(r.failed()).isEqualTo(5);
            assertThat(store.archive().count()).isEqualTo(1);
            assertThat(r.errors()).contains("file:///etc/passwd: not an http(s) URL (only http and https are fetched;"
                    + " give a file or folder as a path)");
            assertThat(r.errors()).anySatisfy(e -> assertThat(e).startsWith(base + "/empty: empty body"));
        }
    }

    private static void send(HttpExchange x, int status, byte[] body) throws IOException {
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange x, String location) throws IOException {
        x.getResponseHeaders().add("Location", location);
        x.sendResponseHeaders(302, -1);
        x.close();
    }
}
