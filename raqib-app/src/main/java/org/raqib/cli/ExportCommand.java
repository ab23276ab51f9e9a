package org.raqib.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.raqib.export.IncidentExport;
import org.raqib.store.Store;
import org.raqib.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code raqib export}: incidents with their claims and sources as CSV, GeoJSON or JSON. */
@Command(name = "export", mixinStandardHelpOptions = true, subcommands = ExportGoldCommand.class,
        description = "Export incidents with their claims and sources: csv (ACLED/UCDP-style columns), geojson or json.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions where;

    @Option(names = "--format", description = "csv, geojson or json (required)")
    IncidentExport.Format format;

    @Option(names = {"-o", "--out"}, description = "file to write (default: standard output)")
    Path file;

    @Option(names = "--no-bom", description = "no UTF-8 byte order mark at the start of a CSV (by default there is one, "
            + "so that spreadsheets read the Arabic as UTF-8)")
    boolean noBom;

    @Override
    public Integer call() throws Exception {
        if (format == null) {
            // not picocli's "required": 'raqib export gold DIR' has no format
            spec.commandLine().getErr().println("raqib: export needs --format csv, geojson or json (or: raqib export gold DIR)");
            return 2;
        }
        try (Store store = where.open()) {
            if (file == null) {
                write(store, spec.commandLine().getOut());
            } else {
                try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8))) {
                    write(store, w);
                }
            }
            return 0;
        }
    }

    /** Streams the incidents to the writer one by one: memory stays flat however many there are. */
    private void write(Store store, Writer w) throws IOException {
        IncidentExport export = new IncidentExport(format, w, format == IncidentExport.Format.csv && !noBom);
        export.begin();
        try {
            store.incidents().forEachWithClaims(i -> {
                try {
                    export.add(i.incident(), i.claims(), i.urls());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (StoreException e) {
            if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
            throw e;
        }
        export.end();
    }
}
