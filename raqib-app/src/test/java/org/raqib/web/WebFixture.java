package org.raqib.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.raqib.accounts.Accounts;
import org.raqib.cli.Main;
import org.raqib.pipeline.Extraction;
import org.raqib.pipeline.Pipeline;
import org.raqib.search.SearchIndex;
import org.raqib.store.Store;

/**
 * A running site on the bundled sample reports and the hostile report, on a free port of
 * 127.0.0.1, as {@code raqib run} then {@code raqib serve} would give it.
 */
final class WebFixture implements AutoCloseable {
    static final Path SAMPLES = Path.of("..", "samples", "reports", "demo.jsonl");
    static final Path HOSTILE = Path.of("..", "samples", "hostile", "hostile.jsonl");

    final Path data;
    final Store store;
    final SearchIndex index;
    final StoreRecordReader record;
    final WebServer server;
    final Accounts accounts;
    final Pipeline pipeline;
    private final HttpClient http = HttpClient.newHttpClient();

    WebFixture(Path dir) {
        this.data = dir.resolve("data");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "run", "--data", data.toString(), SAMPLES.toString(),
                HOSTILE.toString());
        if (code != 0) throw new IllegalStateException("raqib run failed: " + err);
        store = Store.open(data);
        index = SearchIndex.open(data.resolve("search-index"));
        record = new StoreRecordReader(store);
        SearchSync sync = new SearchSync(record, index);
        sync.sync();
        accounts = new Accounts(store.users());
        try {
            pipeline = new Pipeline(store, Extraction.forData(data));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        Workbench workbench = new Workbench(store, accounts, false, pipeline);
        server = new WebServer(record, index, sync, null, workbench).start("127.0.0.1", 0);
    }

    String base() { return "http://127.0.0.1:" + server.port(); }

    HttpResponse<String> get(String pathAndQuery) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(pathAndQuery + ": " + e, e);
        }
    }

    JsonNode json(String pathAndQuery) {
        HttpResponse<String> r = get(pathAndQuery);
        if (r.statusCode() != 200) throw new AssertionError(pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
        try {
            return new ObjectMapper().readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError(pathAndQuery + " is not JSON: " + r.body(), e);
        }
    }

    /** The site's answer to a GET with the cookie header (or none), as a browser would send it; no redirect followed. */
    HttpResponse<String> get(String path, String cookie) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).GET();
            if (cookie != null) b.header("Cookie", cookie);
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A session of a new account of the role, made without the sign-in form: its cookie header and form token. */
    record Signed(String cookie, String csrf) {}

    Signed signedIn(String name, org.raqib.accounts.Role role) {
        char[] password = "a long enough passphrase".toCharArray();
        accounts.add(name, role, password, "test");
        Accounts.SignedIn in = accounts.signIn(name, password, "127.0.0.1").orElseThrow();
        return new Signed(Access.SESSION_COOKIE + "=" + in.sessionId(), in.principal().csrfToken());
    }

    @Override
    public void close() {
        server.stop();
        index.close();
        store.close();
    }
}
