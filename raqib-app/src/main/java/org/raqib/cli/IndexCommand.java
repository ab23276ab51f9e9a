package org.raqib.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.raqib.search.SearchIndex;
import org.raqib.store.Store;
import org.raqib.web.SearchSync;
import org.raqib.web.StoreRecordReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code raqib index}: brings the search index up to date with the archive, or rebuilds it. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Add the archived documents not yet in the search index (with --rebuild: index everything afresh). "
                + "'raqib serve' does this by itself; stop it first, as one process at a time may write the index.")
final class IndexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions where;

    @Option(names = "--rebuild", description = "empty the index and index every document again")
    boolean rebuild;

    @Option(names = "--index", description = "search index folder (default: search-index in the data directory)")
    Path index;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = ServeCommand.indexFolder(where, index);
        try (Store store = where.open(); SearchIndex search = SearchIndex.open(folder)) {
            if (rebuild) search.clear();
            long t0 = System.nanoTime();
            int added = new SearchSync(new StoreRecordReader(store), search).sync();
            out.printf("index: %d documents indexed, %d in the index (%s), %.1f s%n", added, search.size(), folder,
                    (System.nanoTime() - t0) / 1e9);
            out.flush();
            return 0;
        }
    }
}
