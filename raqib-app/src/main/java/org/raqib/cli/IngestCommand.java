package org.raqib.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.raqib.ingest.Ingester;
import org.raqib.pipeline.Pipeline;
import org.raqib.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code raqib ingest}: archive reports unchanged, addressed by their SHA-256. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Archive reports (files, folders, JSON lines, HTML, RSS/Atom feeds, http(s) URLs) unchanged.")
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions where;

    @Option(names = "--outlet", description = "the outlet of these reports (default: the host of each report's URL)")
    String outlet;

    @Parameters(arity = "1..*", paramLabel = "PATH|URL")
    List<String> inputs;

    @Override
    public Integer call() throws java.io.IOException {
        try (Store store = where.open()) {
            return ingest(where.pipeline(store), inputs, outlet, spec.commandLine().getOut(), spec.commandLine().getErr())
                    .failed() == 0 ? 0 : 1;
        }
    }

    static Ingester.Result ingest(Pipeline pipeline, List<String> inputs, String outlet, PrintWriter out, PrintWriter err) {
        ProgressBar bar = new ProgressBar(err, "ingest");
        Ingester.Result r = pipeline.ingest(inputs, outlet, w -> err.println("raqib: warning: " + w),
                p -> bar.update(p.inputsDone(), p.inputsTotal(), p.added() + " new, " + p.known() + " already stored"));
        bar.finish(r.added() + r.known(), 0, "documents: " + r.added() + " new, " + r.known() + " already stored, "
                + r.skipped() + " skipped, " + r.failed() + " failed");
        for (String e : r.errors()) err.println("raqib: " + e);
        out.printf("ingested: %d new, %d already stored, %d skipped, %d failed (%s)%n", r.added(), r.known(), r.skipped(),
                r.failed(), pipeline.store().location());
        out.flush();
        return r;
    }
}
