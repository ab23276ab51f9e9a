package org.raqib.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.raqib.eval.EvalReport;
import org.raqib.eval.GoldDocument;
import org.raqib.eval.LinkScorer;
import org.raqib.eval.LinkScorer.LinkReport;
import org.raqib.model.Document;
import org.raqib.eval.ReviewedGold;
import org.raqib.eval.Scorer;
import org.raqib.store.Store;
import org.raqib.extract.ClaimExtractor;
import org.raqib.pipeline.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code raqib eval}: scores extraction against annotated reports, as the claim contract says. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extraction against gold files (the corpus format): pair P/R/F1 and attribute accuracy;"
                + " and linking: cross-document pairs of gold claims with incident labels, P/R/F1.")
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", description = "folder of annotated *.json files, or one file")
    Path gold;

    @Option(names = "--reviewed", description = "score against every document analysts reviewed in the store at --data "
            + "(or --db), instead of --gold")
    boolean reviewed;

    @Option(names = "--db", description = "with --reviewed: a JDBC URL instead of --data")
    String db;

    @Option(names = "--data", defaultValue = "raqib-data", description = "data directory, for an imported gazetteer (default: ./raqib-data)")
    Path data;

    @Option(names = "--by-doc", description = "also list, per document, the missed and spurious figures and wrong attributes,"
            + " and each labelled gold claim with the incident it was linked into")
    boolean byDoc;

    @Option(names = "--without-published", description = "score as if the pages showed no publication date: extraction and"
            + " linking see only each page's capture day (a stand-in: a day after the gold publication or event date)")
    boolean withoutPublished;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (reviewed == (gold != null)) {
            spec.commandLine().getErr().println("raqib: give either --gold FOLDER or --reviewed");
            return 2;
        }
        List<GoldDocument> docs;
        if (reviewed) {
            try (Store store = db != null ? Store.open(db) : Store.open(data)) {
                docs = ReviewedGold.gold(store);
            }
            if (docs.isEmpty()) {
                spec.commandLine().getErr().println("raqib: no document has every claim reviewed yet (see /review)");
                return 1;
            }
            out.println("(" + docs.size() + " reviewed documents)");
        } else {
            docs = Files.isDirectory(gold) ? GoldDocument.readDir(gold) : List.of(GoldDocument.read(gold));
        }
        if (docs.isEmpty()) {
            spec.commandLine().getErr().println("raqib: " + gold + ": no *.json gold files");
            return 1;
        }
        ClaimExtractor extractor = Extraction.forData(data).extractor();
        List<GoldDocument> scored = withoutPublished ? docs.stream().map(EvalCommand::withoutPublished).toList() : docs;
        EvalReport report = new Scorer().score(scored, extractor::extract);
        LinkReport links = new LinkScorer().score(docs, extractor::extract, withoutPublished);
        if (withoutPublished) out.println("(publication dates removed: capture days only)");
        out.print(report.table());
        out.println(links.line());
        if (byDoc) {
            out.println();
            out.print(report.byDoc());
            out.println();
            out.print(links.byClaim());
        }
        out.flush();
        return 0;
    }

    private static GoldDocument withoutPublished(GoldDocument g) {
        Document d = g.document();
        return new GoldDocument(new Document(d.id(), d.url(), null, d.lang(), d.title(), d.text()), g.gold(), g.notes(), g.incident());
    }
}
