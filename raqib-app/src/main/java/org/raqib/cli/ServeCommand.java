package org.raqib.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.raqib.search.SearchIndex;
import org.raqib.accounts.Accounts;
import org.raqib.store.Store;
import org.raqib.web.Workbench;
import org.raqib.web.SearchSync;
import org.raqib.web.StoreRecordReader;
import org.raqib.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code raqib serve}: the public record on the web (map, timeline, incident pages, search, API). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the record as a web site and a JSON API (read-only for visitors; analysts sign in to review claims) until stopped with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions where;

    @Option(names = "--port", defaultValue = "8080", description = "port (default 8080; 0 picks a free one)")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "address to listen on (default 127.0.0.1, this machine only)")
    String bind;

    @Option(names = "--tiles", description = "an online tile layer as well as the offline basemap, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    String tiles;

    @Option(names = "--index", description = "search index folder (default: search-index in the data directory)")
    Path index;

    @Option(names = "--watch", description = "also watch the sources of 'raqib sources' (as 'raqib watch' does) while serving")
    boolean watch;

    @Mixin
    WatchCommand.Politeness politeness;

    @Option(names = "--plain-http-cookies", description = "send the analysts' session cookie over plain HTTP too "
            + "(only for a server on this machine, --bind 127.0.0.1; behind HTTPS leave it off)")
    boolean plainHttpCookies;

    @Option(names = "--review-before-publishing", description = "show the public only the incidents an editor published "
            + "(by default every incident is public unless an editor unpublished it)")
    boolean reviewBeforePublishing;

    /** Lucene reports its vectorization and memory mapping at INFO through java.util.logging; only problems matter. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    static {
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Store store = where.open();
        SearchIndex search = SearchIndex.open(indexFolder(where, index));
        StoreRecordReader record = new StoreRecordReader(store, !reviewBeforePublishing);
        SearchSync sync = new SearchSync(record, search);
        int indexed = sync.sync();
        org.raqib.pipeline.Pipeline pipeline = where.pipeline(store);
        // the analysts' workbench: its changes go through the pipeline, so the public pages follow them
        Workbench workbench = new Workbench(store, new Accounts(store.users()), !plainHttpCookies, pipeline,
                org.raqib.pipeline.Gazetteers.of(where.data));
        WebServer server = new WebServer(record, search, sync, tiles, workbench).start(bind, port);
        // the index follows ingests made beside the server; searches also sync when they find the record changed
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "raqib-index-sync");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                sync.sync();
            } catch (RuntimeException e) {
                System.err.println("raqib serve: search index sync failed: " + e.getMessage());
            }
        }, 10, 10, TimeUnit.SECONDS);
        Thread watcher = watch ? WatchCommand.inBackground(where.pipeline(store), politeness, out) : null;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            WatchCommand.stop(watcher);
            timer.shutdownNow();
            server.stop();
            search.close();
            store.close();
            stopped.countDown();
        }));
        out.printf("raqib serve: %s (%d documents newly indexed for search)%n", store.location(), indexed);
        out.printf("raqib serve: http://%s:%d/  (API: /api, stop with Ctrl-C)%n", bind.contains(":") ? "[" + bind + "]" : bind, server.port());
        out.flush();
        stopped.await();
        return 0;
    }

    /** The search index lives beside the data: in the data directory, or given with --index. */
    static Path indexFolder(StoreOptions where, Path index) {
        if (index != null) return index;
        if (where.db != null) return Path.of("raqib-search-index");
        return where.data.resolve("search-index");
    }
}
