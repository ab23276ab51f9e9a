package org.raqib.cli;

import java.nio.file.Path;
import org.raqib.pipeline.Extraction;
import org.raqib.pipeline.Pipeline;
import org.raqib.store.Store;
import picocli.CommandLine.Option;

/** Where the data lives: a data directory (SQLite, the default) or a database server. */
final class StoreOptions {
    @Option(names = "--data", defaultValue = "raqib-data", description = "data directory (default: ./raqib-data)")
    Path data;

    @Option(names = "--db", description = "a JDBC URL, e.g. jdbc:postgresql://host/raqib?user=u&password=p (instead of --data)")
    String db;

    Store open() { return db != null ? Store.open(db) : Store.open(data); }

    /** The application layer on a store, with the extractor of the data directory (its imported gazetteers). */
    Pipeline pipeline(Store store) throws java.io.IOException {
        return new Pipeline(store, Extraction.forData(data));
    }
}
