package org.raqib.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.raqib.pipeline.Pipeline;
import org.raqib.store.Store;
import org.raqib.watch.WatchSettings;
import org.raqib.watch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code raqib watch}: poll the registered sources, fetch new articles, extract, link and assess. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Poll the sources of 'raqib sources' on their intervals, fetch the new articles (politely: robots.txt, "
                + "a delay between requests to a host, conditional requests, retries with back-off), archive them unchanged, "
                + "then extract, link and assess. Runs until stopped with Ctrl-C (or one round with --once); "
                + "stopped at any point, it resumes where it stood.")
final class WatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions where;

    @Mixin
    Politeness politeness;

    @Option(names = "--once", description = "one round: poll the sources that are due, fetch what is new, then stop")
    boolean once;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store store = where.open()) {
            Pipeline pipeline = where.pipeline(store);
            if (store.sources().all().isEmpty()) {
                err.println("raqib: watch: no sources to watch; add them with 'raqib sources add URL' or 'raqib sources import FILE'");
                return 1;
            }
            ProgressBar bar = new ProgressBar(err, "watch");
            Watcher watcher = new Watcher(pipeline, politeness.settings(), politeness.interval, s -> line(bar, s), Instant::now);
            if (once) summary(out, watcher.round());
            else watcher.run(r -> summary(out, r));
            return 0;
        }
    }

    static void summary(PrintWriter out, Watcher.Round r) {
        out.printf("%s watch: %d sources polled (%d failed), %d new links, %d articles fetched (%d new documents), "
                        + "%d failed; %d claims new%n", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                r.sourcesPolled(), r.sourcesFailed(), r.linksNew(), r.articlesFetched(), r.documentsNew(),
                r.articlesFailed(), r.claimsAdded());
        out.flush();
    }

    /** The watcher of {@code raqib serve --watch}: a thread of its own, a line a round on the server's output. */
    static Thread inBackground(Pipeline pipeline, Politeness politeness, PrintWriter out) {
        Watcher watcher = new Watcher(pipeline, politeness.settings(), politeness.interval, s -> { }, Instant::now);
        Thread t = new Thread(() -> {
            try {
                watcher.run(r -> summary(out, r));
            } catch (InterruptedException e) {
                // the server is stopping
            } catch (RuntimeException e) {
                System.err.println("raqib serve: watching stopped: " + e.getMessage());
            }
        }, "raqib-watch-scheduler");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Stops a background watcher and waits a little for its current step to end (each step is its own transaction). */
    static void stop(Thread watcher) {
        if (watcher == null) return;
        watcher.interrupt();
        try {
            watcher.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void line(ProgressBar bar, Watcher.Status s) {
        bar.update(s.articlesFetched() + s.articlesFailed(), s.articlesToFetch(), String.format(
                "articles (%d failed) | sources %d/%d polled, %d failing | %d new links | %d requests | %s",
                s.articlesFailed(), s.sourcesPolled(), s.sourcesDue(), s.sourcesFailed(), s.linksNew(), s.requests(), s.stage()));
    }

    /** The options that set how politely sources are fetched (shared with {@code serve --watch}). */
    static final class Politeness {
        @Option(names = "--interval", converter = Durations.class,
                description = "poll every source this often (default: each source's own interval, set when it was added)")
        Duration interval;

        @Option(names = "--delay", converter = Durations.class, defaultValue = "1s",
                description = "least time between two requests to one host (default 1s; a site's larger Crawl-delay wins)")
        Duration delay;

        @Option(names = "--concurrency", defaultValue = "4", description = "requests at a time in all (default 4)")
        int concurrency;

        @Option(names = "--per-host", defaultValue = "1", description = "requests at a time to one host (default 1)")
        int perHost;

        @Option(names = "--timeout", converter = Durations.class, defaultValue = "60s",
                description = "time for a whole fetch, redirects and body included (default 60s)")
        Duration timeout;

        @Option(names = "--max-mb", defaultValue = "16", description = "largest answer read, in MB (default 16)")
        int maxMb;

        WatchSettings settings() {
            WatchSettings d = WatchSettings.defaults();
            return d.withHostDelay(delay).withConcurrency(concurrency, perHost)
                    .withBounds(timeout, (long) maxMb << 20, d.retryBase());
        }
    }
}
