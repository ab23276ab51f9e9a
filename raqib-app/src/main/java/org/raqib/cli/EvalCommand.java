package org.raqib.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.raqib.eval.EvalReport;
import org.raqib.eval.GoldDocument;
import org.raqib.eval.Scorer;
import org.raqib.extract.ClaimExtractor;
import org.raqib.pipeline.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code raqib eval}: scores extraction against annotated reports, as the claim contract says. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extraction against gold files (the corpus format): pair P/R/F1 and attribute accuracy.")
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, description = "folder of annotated *.json files, or one file")
    Path gold;

    @Option(names = "--data", defaultValue = "raqib-data", description = "data directory, for an imported gazetteer (default: ./raqib-data)")
    Path data;

    @Option(names = "--by-doc", description = "also list, per document, the missed and spurious figures and wrong attributes")
    boolean byDoc;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<GoldDocument> docs = Files.isDirectory(gold) ? GoldDocument.readDir(gold) : List.of(GoldDocument.read(gold));
        if (docs.isEmpty()) {
            spec.commandLine().getErr().println("raqib: " + gold + ": no *.json gold files");
            return 1;
        }
        ClaimExtractor extractor = Extraction.forData(data).extractor();
        EvalReport report = new Scorer().score(docs, extractor::extract);
        out.print(report.table());
        if (byDoc) {
            out.println();
            out.print(report.byDoc());
        }
        out.flush();
        return 0;
    }
}
