package org.raqib.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
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

/** {@code raqib run}: ingest, extract, link and assess, then summarise what changed. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Ingest reports, extract claims from the stored documents the current rules have not read, "
                + "relink the claims that changed into incidents and assess them; `raqib incidents` lists them.")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions where;

    @Option(names = "--outlet", description = "the outlet of these reports (default: the host of each report's URL)")
    String outlet;

    @Option(names = "--reextract", description = "extract every stored document again, also those the current rules have read")
    boolean reextract;

    @Option(names = "--serve", description = "then serve the record on the web (as 'raqib serve') until stopped with Ctrl-C")
    boolean serve;

    @Option(names = "--port", defaultValue = "8080", description = "with --serve: the port (default 8080)")
    int port;

    @Parameters(arity = "0..*", paramLabel = "PATH|URL", description = "reports to ingest first (none: work on what is stored)")
    List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        int code = runOnce();
        if (!serve) return code;
        // the same data, served by the serve command itself (one code path for the site)
        List<String> args = new ArrayList<>(List.of("serve", "--port", String.valueOf(port)));
        if (where.db != null) args.addAll(List.of("--db", where.db));
        else args.addAll(List.of("--data", where.data.toString()));
        int served = spec.parent().commandLine().execute(args.toArray(String[]::new));
        return code != 0 ? code : served;
    }

    private int runOnce() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store store = where.open()) {
            Pipeline pipeline = where.pipeline(store);
            Ingester.Result ingested = inputs.isEmpty() ? new Ingester.Result(0, 0, 0, List.of())
                    : IngestCommand.ingest(pipeline, inputs, outlet, out, err);
            Pipeline.ExtractReport x = pipeline.extract(reextract, new ProgressBar(err, "extract"));
            for (String p : x.problems()) err.println("raqib: warning: " + p);
            out.printf("extracted: %d documents (%d claims new, %d changed, %d removed; %d documents already read by these rules)%n",
                    x.documents(), x.claimsAdded(), x.claimsChanged(), x.claimsRemoved(),
                    store.archive().count() - x.documents());
            Pipeline.LinkReport l = pipeline.relink();
            out.printf("linked: %d claims relinked (%d new incidents, %d split, %d merged, %d retired)%n",
                    l.claimsRelinked(), l.created(), l.split(), l.merged(), l.retired());
            out.printf("%d documents, %d claims, %d incidents in %s; list them with 'raqib incidents'%n",
                    store.archive().count(), store.claims().count(), store.incidents().count(), store.location());
            out.flush();
            if (x.failed() > 0) out.printf("%d documents could not be read (named above; they are not read again until the rules change)%n", x.failed());
            return ingested.failed() == 0 && x.failed() == 0 ? 0 : 1;
        }
    }
}
