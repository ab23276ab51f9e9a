package org.raqib.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.raqib.json.ClaimJson;
import org.raqib.model.Document;
import org.raqib.pipeline.Extraction;
import org.raqib.pipeline.Pipeline;
import org.raqib.pipeline.Progress;
import org.raqib.resolve.place.Gazetteer;
import org.raqib.store.Store;

/**
 * {@code raqib bench run}: the main job on a large synthetic archive — the first run, a run
 * with nothing new, and a run that adds a few reports — to show that later runs cost what is
 * new, not what is stored.
 */
final class RunBench {
    private static final String[] PERPETRATORS = {"روسية", "للتحالف الدولي", "لقوات النظام", "تركية"};
    private static final String[] TEMPLATES = {
        "قال المرصد السوري لحقوق الإنسان إن %d مدنيين قتلوا أمس في غارات %s على بلدة %s.",
        "أفادت مصادر محلية بمقتل %d مدنيين أمس في قصف %s استهدف قرية %s.",
        "قتل %d مدنيين بينهم أطفال أمس جراء غارة %s على مدينة %s بحسب الدفاع المدني.",
    };

    private RunBench() {}

    static int run(int reports, Path data, PrintWriter out) throws IOException {
        List<Gazetteer.Entry> places = Gazetteer.defaults().entries().stream()
                .filter(e -> e.country().equals("SY") && e.arabicName() != null && !e.arabicName().isBlank()).toList();
        Path work = Files.createTempDirectory("raqib-bench-run");
        Path dir = data != null ? data : work.resolve("data");
        Random random = new Random(42);
        Path first = write(work.resolve("reports.jsonl"), reports, "r", places, random);
        Path more = write(work.resolve("more.jsonl"), 10, "m", places, random);
        out.printf("bench run: %,d synthetic reports about %,d Syrian places over two years, in %s%n", reports, places.size(), dir);
        try (Store store = Store.open(dir)) {
            Pipeline p = new Pipeline(store, Extraction.forData(dir));
            step(out, "first run (ingest, extract, link)", () -> {
                p.ingest(List.of(first.toString()), null, w -> { }, x -> { });
                p.extract(false, Progress.NONE);
                return p.relink();
            });
            step(out, "run with nothing new", () -> {
                p.extract(false, Progress.NONE);
                return p.relink();
            });
            step(out, "run adding 10 reports", () -> {
                p.ingest(List.of(more.toString()), null, w -> { }, x -> { });
                p.extract(false, Progress.NONE);
                return p.relink();
            });
        }
        return 0;
    }

    private interface Step { Pipeline.LinkReport run() throws IOException; }

    private static void step(PrintWriter out, String name, Step step) throws IOException {
        long t = System.nanoTime();
        Pipeline.LinkReport r = step.run();
        out.printf("  %-36s %8.2f s   %,d claims relinked into %,d incidents%n", name, (System.nanoTime() - t) / 1e9,
                r.claimsRelinked(), r.incidents());
        out.flush();
    }

    private static Path write(Path file, int n, String prefix, List<Gazetteer.Entry> places, Random random) throws IOException {
        LocalDate start = LocalDate.of(2018, 1, 1);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                Gazetteer.Entry place = places.get(random.nextInt(places.size()));
                String text = String.format(TEMPLATES[random.nextInt(TEMPLATES.length)], 2 + random.nextInt(30),
                        PERPETRATORS[random.nextInt(PERPETRATORS.length)], place.arabicName());
                LocalDate published = start.plusDays(random.nextInt(730));
                ObjectNode json = ClaimJson.toJson(new Document(prefix + i, "https://outlet" + random.nextInt(40)
                        + ".example/" + prefix + i, published, "ar", null, text));
                w.write(json.toString());
                w.newLine();
            }
        }
        return file;
    }
}
