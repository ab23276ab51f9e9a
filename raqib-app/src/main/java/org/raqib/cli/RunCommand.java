package org.raqib.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.raqib.extract.ClaimExtractor;
import org.raqib.extraction.ArchiveExtraction;
import org.raqib.extraction.GuardedExtractor;
import org.raqib.ingest.Ingester;
import org.raqib.link.Linker;
import org.raqib.model.Incident;
import org.raqib.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code raqib run}: ingest, extract, link and assess, then list the incidents. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Ingest reports, extract claims from the stored documents the current rules have not read, link all claims into incidents and assess them.")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions where;

    @Option(names = "--outlet", description = "the outlet of these reports (default: the host of each report's URL)")
    String outlet;

    @Option(names = "--reextract", description = "extract every stored document again, also those the current rules have read")
    boolean reextract;

    @Parameters(arity = "0..*", paramLabel = "PATH|URL", description = "reports to ingest first (none: work on what is stored)")
    List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store store = where.open()) {
            Ingester.Result ingested = inputs.isEmpty() ? new Ingester.Result(0, 0, 0, List.of())
                    : IngestCommand.ingest(store, inputs, outlet, out, err);
            long extracted = extract(store, Extractors.forData(where.data), reextract ? "forced-" + UUID.randomUUID()
                    : Extractors.versionFor(where.data), err);
            out.printf("extracted: %d documents (%d already read by these rules)%n", extracted, store.documentCount() - extracted);
            List<Incident> incidents = Linker.link(store.claims(), store.analystGrades());
            store.replaceIncidents(incidents);
            out.printf("%d documents, %d claims, %d incidents%n", store.documentCount(), store.claimCount(), incidents.size());
            IncidentsCommand.print(incidents, out);
            out.flush();
            return ingested.failed() == 0 ? 0 : 1;
        }
    }

    /**
     * Extracts the claims of the documents this extractor has not read: new ones, and all of
     * them after the rules or the gazetteer changed, so improved rules reach old reports too.
     */
    static long extract(Store store, ClaimExtractor extractor, String version, PrintWriter err) {
        List<String> pending = store.documentsToExtract(version);
        ProgressBar bar = new ProgressBar(err, "extract");
        ArchiveExtraction.Summary s = ArchiveExtraction.run(store, new GuardedExtractor(extractor), version, pending,
                done -> bar.update(done, pending.size(), "documents"));
        bar.finish(s.done(), pending.size(), "documents");
        for (String p : s.problems()) err.println("raqib: warning: " + p);
        return s.done();
    }
}
