package org.raqib.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.raqib.export.IncidentExport;
import org.raqib.model.SourcedClaim;
import org.raqib.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code raqib export}: incidents with their claims and sources as CSV, GeoJSON or JSON. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export incidents with their claims and sources: csv (ACLED/UCDP-style columns), geojson or json.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions where;

    @Option(names = "--format", required = true, description = "csv, geojson or json")
    IncidentExport.Format format;

    @Option(names = {"-o", "--out"}, description = "file to write (default: standard output)")
    Path file;

    @Override
    public Integer call() throws Exception {
        try (Store store = where.open()) {
            Map<String, SourcedClaim> claims = new HashMap<>();
            for (SourcedClaim c : store.claims().all()) claims.put(c.id(), c);
            Map<String, String> urls = new HashMap<>();
            store.archive().forEach(d -> {
                if (d.url() != null) urls.put(d.sha256(), d.url());
            });
            IncidentExport export = new IncidentExport(claims, urls);
            if (file == null) {
                Writer w = spec.commandLine().getOut();
                export.write(store.incidents().all(), format, w);
                w.flush();
            } else {
                try (Writer w = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
                    export.write(store.incidents().all(), format, w);
                }
            }
            return 0;
        }
    }
}
