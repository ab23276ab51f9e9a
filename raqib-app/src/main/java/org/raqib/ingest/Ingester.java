package org.raqib.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.raqib.input.Captured;
import org.raqib.input.DocumentReader;
import org.raqib.input.HtmlReader;
import org.raqib.input.InputException;
import org.raqib.input.TextDecoding;
import org.raqib.store.ArchivedDocument;
import org.raqib.store.Store;

/**
 * Puts reports into the archive: files, folders, JSON lines, HTML pages, RSS/Atom feeds and
 * http(s) URLs. Each document is stored as captured, under the SHA-256 of its bytes, so
 * ingesting the same bytes again stores nothing. A bad file is reported and skipped; each
 * document is stored in a transaction of its own, so an interrupted ingest loses nothing
 * already stored and leaves no half-written document.
 */
public final class Ingester {
    /** Where an ingest stands: inputs done of known total (0 when unknown), documents new, known and failed. */
    public record Progress(int inputsDone, int inputsTotal, long added, long known, long failed, String current) {}

    /**
     * What an ingest did: documents new and already stored, inputs skipped (empty files, pages
     * with no text), inputs and lines failed; {@code errors} name each bad input or line and its problem.
     */
    public record Result(long added, long known, long skipped, long failed, List<String> errors) {
        public Result(long added, long known, long failed, List<String> errors) { this(added, known, 0, failed, errors); }
    }

    private final Store store;
    private final String outlet;
    private final DocumentReader reader;
    private final Fetcher fetcher;
    private final List<String> errors = new ArrayList<>();
    private long added, known, skipped, failed;

    /** {@code outlet}: the outlet to record for files (null: the host of each document's URL). */
    public Ingester(Store store, String outlet, Consumer<String> warnings) {
        this(store, outlet, warnings, new Fetcher());
    }

    Ingester(Store store, String outlet, Consumer<String> warnings, Fetcher fetcher) {
        this.fetcher = fetcher;
        this.store = store;
        this.outlet = outlet;
        this.reader = new DocumentReader(w -> {
            skipped++;
            warnings.accept(w);
        }, this::badLine);
    }

    /** A bad line of a JSON-lines file: counted and named, and the file's other lines are still read. */
    private void badLine(InputException e) {
        failed++;
        errors.add(e.getMessage());
    }

    public Result ingest(List<String> inputs, Consumer<Progress> progress) {
        List<String> items = new ArrayList<>();
        for (String in : inputs) {
            if (isUrl(in)) {
                items.add(in);
            } else if (in.matches("(?i)[a-z][a-z0-9+.-]+:.*") && !Files.exists(Path.of(in))) {
                // file:///etc/passwd, ftp://...: name the rule, not a missing path
                failed++;
                errors.add(in + ": not an http(s) URL (only http and https are fetched; give a file or folder as a path)");
            } else {
                try {
                    for (Path p : DocumentReader.expand(List.of(Path.of(in)))) items.add(p.toString());
                } catch (InputException e) {
                    errors.add(e.getMessage());
                }
            }
        }
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            progress.accept(new Progress(i, items.size(), added, known, failed, item));
            try {
                if (isUrl(item)) fetch(item);
                else file(Path.of(item));
            } catch (InputException e) {
                failed++;
                errors.add(e.getMessage());
            } catch (Exception e) {
                failed++;
                errors.add(item + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        }
        progress.accept(new Progress(items.size(), items.size(), added, known, failed, null));
        return new Result(added, known, skipped, failed, List.copyOf(errors));
    }

    private void file(Path file) throws Exception {
        if (!Files.isRegularFile(file)) {
            reader.readCaptured(file, c -> { }); // reports what it is: missing, a folder, a dangling link, a device
            return;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean feed = name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml");
        if (!feed && !name.endsWith(".json") && !name.endsWith(".jsonl") && !name.endsWith(".txt") && !name.endsWith(".html")
                && !name.endsWith(".htm") && Files.size(file) > 0) {
            byte[] head = head(file);
            feed = FeedReader.looksLikeFeed(head);
        }
        Instant now = Instant.now();
        if (feed) {
            for (Captured c : FeedReader.read(Files.readAllBytes(file), file.toString())) keep(c, null, now);
        } else {
            reader.readCaptured(file, c -> keep(c, null, now));
        }
    }

    private void fetch(String url) throws IOException, InterruptedException {
        Fetcher.Fetched f = fetcher.fetch(url);
        byte[] body = f.body();
        String type = f.contentType();
        Instant now = Instant.now();
        String finalUrl = f.finalUri().toString();
        if (type.contains("rss") || type.contains("atom") || FeedReader.looksLikeFeed(body)) {
            List<Captured> entries;
            try {
                entries = FeedReader.read(body, url);
            } catch (Exception e) {
                throw new IOException("not a readable feed: " + e.getMessage(), e);
            }
            for (Captured c : entries) keep(c, null, now);
            return;
        }
        String id = finalUrl;
        if (type.contains("json")) {
            Path tmp = Files.createTempFile("raqib-fetch", ".jsonl");
            try {
                Files.write(tmp, body);
                reader.readCaptured(tmp, c -> keep(c, finalUrl, now));
            } finally {
                Files.deleteIfExists(tmp);
            }
        } else if (type.contains("html") || new String(body, 0, Math.min(body.length, 512), StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT).contains("<html")) {
            Path where = Path.of(URI.create(url).getPath().isEmpty() ? "page" : URI.create(url).getPath()).getFileName();
            String html = new String(body, TextDecoding.detect(body, body.length, where == null ? Path.of("page") : where));
            org.raqib.model.Document d = HtmlReader.parse(html, id, finalUrl);
            if (d.text().isBlank()) throw new IOException("no text in the page: nothing to archive");
            keep(new Captured(d, body, "text/html"), finalUrl, now);
        } else {
            String text = TextDecoding.decode(body, Path.of("download"));
            if (text.isBlank()) throw new IOException("only blank text: nothing to archive");
            keep(new Captured(new org.raqib.model.Document(id, finalUrl, null, "ar", null, text), body, "text/plain"), finalUrl, now);
        }
    }

    private void keep(Captured c, String url, Instant capturedAt) {
        if (store.archive().add(ArchivedDocument.of(c, url, outlet, capturedAt))) added++;
        else known++;
    }

    private static byte[] head(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(4096);
        }
    }

    static boolean isUrl(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }
}
