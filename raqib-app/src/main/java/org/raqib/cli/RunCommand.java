package org.raqib.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.raqib.extract.ClaimExtractor;
import org.raqib.ingest.Ingester;
import org.raqib.link.Linker;
import org.raqib.model.Incident;
import org.raqib.store.ArchivedDocument;
import org.raqib.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code raqib run}: ingest, extract, link and assess, then list the incidents. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Ingest reports, extract claims from every stored document, link them into incidents and assess them.")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions where;

    @Option(names = "--outlet", description = "the outlet of these reports (default: the host of each report's URL)")
    String outlet;

    @Parameters(arity = "0..*", paramLabel = "PATH|URL", description = "reports to ingest first (none: work on what is stored)")
    List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store store = where.open()) {
            Ingester.Result ingested = inputs.isEmpty() ? new Ingester.Result(0, 0, 0, List.of())
                    : IngestCommand.ingest(store, inputs, outlet, out, err);
            extract(store, Extractors.forData(where.data), err);
            List<Incident> incidents = Linker.link(store.claims(), store.analystGrades());
            store.replaceIncidents(incidents);
            out.printf("%d documents, %d claims, %d incidents%n", store.documentCount(), store.claimCount(), incidents.size());
            IncidentsCommand.print(incidents, out);
            out.flush();
            return ingested.failed() == 0 ? 0 : 1;
        }
    }

    /** Extracts the claims of every stored document again, so improved rules reach old reports too. */
    static void extract(Store store, ClaimExtractor extractor, PrintWriter err) {
        long total = store.documentCount();
        long[] done = {0};
        ProgressBar bar = new ProgressBar(err, "extract");
        List<ArchivedDocument> docs = new ArrayList<>();
        store.forEachDocument(docs::add);
        for (ArchivedDocument d : docs) {
            store.replaceClaims(d.sha256(), extractor.extract(d.document()));
            bar.update(++done[0], total, "documents");
        }
        bar.finish(done[0], total, "documents");
    }
}
