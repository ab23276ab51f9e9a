package org.raqib.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.raqib.extract.ClaimExtractor;
import org.raqib.input.DocumentReader;
import org.raqib.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code raqib bench extract}: extraction throughput on one core, beside Lucene's
 * ArabicAnalyzer on the same text in the same run, so the ratio holds across machines.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks. 'bench extract': claim extraction MB/s vs Lucene's ArabicAnalyzer on the same text. "
                + "'bench link': linking and assessing synthetic claims (default one million). "
                + "'bench run': the main job on a synthetic archive: first run, a run with nothing new, a run adding 10 reports. "
                + "'bench serve': the web server's latency and throughput on 100,000 synthetic incidents (127.0.0.1 only). "
                + "'bench watch': the watcher on a local site of a few hundred articles, politeness delay zero (127.0.0.1 only).")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "extract, link, run, serve or watch")
    String what;

    @Option(names = "--input", description = "reports to use (default: the bundled samples/ folder)")
    List<Path> input;

    @Option(names = "--mb", defaultValue = "16", description = "MB of text per measured round (default 16)")
    int megabytes;

    @Option(names = "--rounds", defaultValue = "3", description = "measured rounds after two warm-up rounds")
    int rounds;

    @Option(names = "--claims", defaultValue = "1000000", description = "bench link: number of synthetic claims")
    int claims;

    @Option(names = "--reports", defaultValue = "20000", description = "bench run: number of synthetic reports")
    int reports;

    @Option(names = "--data", description = "bench run: data directory to fill (default: a new temporary one)")
    Path data;

    @Option(names = "--incidents", defaultValue = "100000", description = "bench serve: number of synthetic incidents")
    int incidents;

    @Option(names = "--rate", defaultValue = "200", description = "bench serve: requests per second of the fixed-rate run")
    int rate;

    @Option(names = "--seconds", defaultValue = "10", description = "bench serve: seconds of the fixed-rate run per kind of request")
    int seconds;

    @Option(names = "--articles", defaultValue = "300", description = "bench watch: number of articles on the local site")
    int articles;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (what.equals("link")) return LinkBench.run(claims, out);
        if (what.equals("run")) return RunBench.run(reports, data, out);
        if (what.equals("serve")) return ServeBench.run(incidents, rate, seconds, out);
        if (what.equals("watch")) return WatchBench.run(articles, out);
        if (!what.equals("extract")) {
            spec.commandLine().getErr().println("raqib: bench: unknown benchmark '" + what + "' (known: extract, link, run, serve, watch)");
            return 2;
        }
        List<Path> sources = input != null ? input : List.of(Path.of("samples"));
        for (Path p : sources) {
            if (!Files.exists(p)) {
                spec.commandLine().getErr().println("raqib: bench: " + p + " not found (give reports with --input)");
                return 1;
            }
        }
        List<String> texts = new ArrayList<>();
        DocumentReader reader = new DocumentReader();
        for (Path f : DocumentReader.expand(sources)) {
            if (f.toString().endsWith(".md") || f.toString().endsWith(".py")) continue;
            reader.read(f, d -> texts.add(d.text()));
        }
        if (texts.isEmpty()) {
            spec.commandLine().getErr().println("raqib: bench: no reports in " + sources);
            return 1;
        }
        List<String> corpus = new ArrayList<>();
        long bytes = 0;
        long target = (long) megabytes * 1_000_000L;
        for (int i = 0; bytes < target; i++) {
            String t = texts.get(i % texts.size());
            corpus.add(t);
            bytes += t.getBytes(StandardCharsets.UTF_8).length;
        }
        out.printf("bench extract: %d reports, %.1f MB of UTF-8 text per round, %d rounds after 2 warm-up rounds, one thread%n",
                corpus.size(), bytes / 1e6, rounds);
        ClaimExtractor extractor = new ClaimExtractor();
        ArabicAnalyzer analyzer = new ArabicAnalyzer();
        long[] sink = new long[1];
        // best of the rounds, by the clock and by this thread's CPU time: on a machine that other
        // work shares, the clock counts the time the thread waited for a core; its CPU time does not
        double extract = 0, lucene = 0, extractCpu = 0, luceneCpu = 0;
        for (int r = -2; r < rounds; r++) {
            Seconds e = time(() -> {
                for (int i = 0; i < corpus.size(); i++) sink[0] += extractor.extract(Document.of("b" + i, corpus.get(i))).size();
            });
            Seconds l = time(() -> {
                for (String t : corpus) sink[0] += analyze(analyzer, t);
            });
            if (r >= 0) {
                extract = Math.max(extract, bytes / 1e6 / e.wall());
                lucene = Math.max(lucene, bytes / 1e6 / l.wall());
                extractCpu = Math.max(extractCpu, bytes / 1e6 / e.cpu());
                luceneCpu = Math.max(luceneCpu, bytes / 1e6 / l.cpu());
            }
        }
        out.printf("%-28s %10s %14s%n", "", "MB/s (best)", "MB/CPU-s (best)");
        out.printf("%-28s %10.2f %14.2f%n", "raqib extract", extract, extractCpu);
        out.printf("%-28s %10.2f %14.2f%n", "lucene ArabicAnalyzer", lucene, luceneCpu);
        out.printf("%-28s %10.3f %14.3f   (goal: at least 0.200)%n", "ratio extract/analyzer", extract / lucene, extractCpu / luceneCpu);
        if (sink[0] == 42) out.print(""); // keep the work observable
        out.flush();
        return 0;
    }

    private static long analyze(ArabicAnalyzer analyzer, String text) {
        long n = 0;
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            ts.reset();
            while (ts.incrementToken()) n++;
            ts.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return n;
    }

    private record Seconds(double wall, double cpu) {}

    private static Seconds time(Runnable r) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        r.run();
        long wall = System.nanoTime() - t0;
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        return new Seconds(wall / 1e9, cpu > 0 ? cpu / 1e9 : wall / 1e9); // no CPU clock: the wall clock
    }
}
