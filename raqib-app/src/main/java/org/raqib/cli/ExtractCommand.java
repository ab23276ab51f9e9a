package org.raqib.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.raqib.extract.ClaimExtractor;
import org.raqib.extract.Explanation;
import org.raqib.pipeline.GuardedExtractor;
import org.raqib.pipeline.Extraction;
import org.raqib.input.DocumentReader;
import org.raqib.input.InputException;
import org.raqib.json.ClaimJson;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.Count;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code raqib extract}: the casualty claims of reports, as the claim contract defines them. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract casualty claims from reports (JSON lines, .txt, .html files or folders).")
final class ExtractCommand implements Callable<Integer> {
    enum Format { jsonl, json, table }

    @Spec
    CommandSpec spec;

    @Option(names = "--data", defaultValue = "raqib-data", description = "data directory, for an imported gazetteer (default: ./raqib-data)")
    Path data;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default), json or table")
    Format format;

    @Option(names = "--explain", description = "print, for every value of every claim, the named rule and the words that made it (instead of JSON)")
    boolean explain;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "input files or folders")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ClaimExtractor extractor = Extraction.forData(data).extractor();
        java.util.concurrent.atomic.AtomicInteger badLines = new java.util.concurrent.atomic.AtomicInteger();
        DocumentReader reader = new DocumentReader(w -> err.println("raqib: warning: " + w), e -> {
            err.println("raqib: " + e.getMessage());
            badLines.incrementAndGet();
        });
        GuardedExtractor guarded = new GuardedExtractor(extractor);
        java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
        ObjectMapper mapper = ClaimJson.mapper();
        List<Claim> all = new ArrayList<>();
        int failures = 0;
        for (Path file : DocumentReader.expand(files)) {
            try {
                reader.read(file, doc -> {
                    if (explain) {
                        for (Explanation e : extractor.explain(doc)) out.print(explanation(e));
                        return;
                    }
                    GuardedExtractor.Outcome o = guarded.extract(doc);
                    if (o.warning() != null) err.println("raqib: warning: " + file + " (" + doc.id() + "): " + o.warning());
                    if (o.failure() != null) {
                        err.println("raqib: " + file + " (" + doc.id() + "): " + o.failure());
                        failed.incrementAndGet();
                    }
                    for (Claim c : o.claims()) {
                        switch (format) {
                            case jsonl -> out.println(write(mapper, c));
                            case json -> all.add(c);
                            case table -> out.println(row(c));
                        }
                    }
                });
            } catch (InputException e) {
                err.println("raqib: " + e.getMessage());
                failures++;
            }
        }
        if (format == Format.json && !explain) {
            var array = mapper.createArrayNode();
            for (Claim c : all) array.add(ClaimJson.toJson(c));
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
        }
        out.flush();
        int skippedOrFailed = failures + failed.get() + badLines.get();
        if (skippedOrFailed > 0) err.println("raqib: " + skippedOrFailed + " inputs failed");
        return skippedOrFailed == 0 ? 0 : 1;
    }

    private static String write(ObjectMapper mapper, Claim c) {
        try {
            return mapper.writer().without(JsonGenerator.Feature.ESCAPE_NON_ASCII).writeValueAsString(ClaimJson.toJson(c));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A claim (as a table row) and under it, value by value, the rule and the words that made it. */
    static String explanation(Explanation e) {
        StringBuilder sb = new StringBuilder(row(e.claim())).append('\n');
        sb.append("  evidence: ").append(e.claim().evidence().text().replace('\n', ' ')).append('\n');
        for (Explanation.Step s : e.steps()) {
            sb.append("  ").append(s.value()).append(": ").append(s.rule());
            if (!s.words().isEmpty()) sb.append("  «").append(s.words().replace('\n', ' ')).append('»');
            sb.append('\n');
        }
        return sb.append('\n').toString();
    }

    static String row(Claim c) {
        StringBuilder sb = new StringBuilder();
        sb.append(c.doc()).append('\t').append(c.kind().code()).append('\t').append(c.stance().code()).append('\t')
                .append(c.source() == null ? "-" : c.source().actor()).append('\t')
                .append(c.perpetrator() == null ? "-" : c.perpetrator().actor()).append('\t')
                .append(c.eventType().code()).append('\t')
                .append(c.date() == null ? "-" : c.date().from() + ".." + c.date().to()).append('\t')
                .append(c.place() == null ? "-" : (c.place().name() == null ? "-" : c.place().name()) + "/"
                        + (c.place().admin1() == null ? "-" : c.place().admin1()));
        for (Category cat : Category.values()) {
            Count n = c.count(cat);
            if (n != null) sb.append('\t').append(cat.field()).append('=').append(n.best() == null ? "?" : n.best());
        }
        return sb.toString();
    }
}
