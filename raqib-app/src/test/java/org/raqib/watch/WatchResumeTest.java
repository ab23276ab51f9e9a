package org.raqib.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.pipeline.Extraction;
import org.raqib.pipeline.Pipeline;
import org.raqib.store.Store;

/**
 * {@code raqib watch} killed (SIGKILL, in a child JVM) in the middle of fetching, then started
 * again: nothing already fetched is fetched again, nothing is lost, and every article ends up
 * archived once and read.
 */
class WatchResumeTest {
    private static final int ARTICLES = 60;

    @TempDir
    Path dir;

    @Test
    void aWatcherKilledMidRunResumesWithoutLosingOrRefetchingAnything() throws Exception {
        try (TestSite site = new TestSite()) {
            String[] links = new String[ARTICLES];
            for (int i = 0; i < ARTICLES; i++) {
                int n = i;
                links[i] = "/r/" + i;
                site.page(links[i], x -> {
                    try {
                        Thread.sleep(40);   // a run long enough to be killed in the middle
                    } catch (InterruptedException e) {
                        return;
                    }
                    TestSite.send(x, 200, "text/html; charset=utf-8", TestSite.article("", n));
                });
            }
            site.page("/feed.xml", x -> TestSite.send(x, 200, "application/rss+xml", site.rss(links)));
            Path data = dir.resolve("data");
            try (Store store = Store.open(data)) {
                store.sources().add(site.url("/feed.xml"), "test site", "SY", "rss", Duration.ofMinutes(30)).orElseThrow();
            }

            Process child = watchInChildJvm(data);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (articleHits(site) < ARTICLES / 3 && child.isAlive() && System.nanoTime() < deadline) Thread.sleep(5);
            assertThat(child.isAlive()).as("the watcher is still fetching when it is killed").isTrue();
            child.destroyForcibly().waitFor();

            Map<String, Integer> hitsAtKill = new HashMap<>();
            for (String l : links) hitsAtKill.put(l, site.hits(l));
            Set<String> fetchedBeforeKill = new TreeSet<>();
            try (Store store = Store.open(data)) {
                for (String l : links) {
                    store.sources().article(site.url(l)).filter(a -> a.state().equals("fetched")).ifPresent(a -> fetchedBeforeKill.add(l));
                }
                assertThat(fetchedBeforeKill).isNotEmpty().hasSizeLessThan(ARTICLES);
                assertThat(store.archive().count()).isEqualTo(fetchedBeforeKill.size());

                Pipeline pipeline = new Pipeline(store, Extraction.forData(data));
                Watcher.Round r = new Watcher(pipeline, WatchSettings.defaults().withHostDelay(Duration.ZERO).withConcurrency(2, 2),
                        null, s -> { }, Instant::now).round();
                assertThat(r.sourcesPolled()).as("the feed was polled before the kill and is not due").isZero();
                assertThat(r.articlesFetched()).isEqualTo(ARTICLES - fetchedBeforeKill.size());

                List<String> refetched = new ArrayList<>();
                for (String l : links) {
                    assertThat(store.sources().article(site.url(l)).orElseThrow().state()).isEqualTo("fetched");
                    if (fetchedBeforeKill.contains(l)) {
                        assertThat(site.hits(l)).as("fetched before the kill, not again: " + l).isEqualTo(hitsAtKill.get(l));
                    } else if (site.hits(l) > 1) {
                        refetched.add(l);
                    }
                }
                // only what was on the wire when the process died can have been asked for twice
                assertThat(refetched.size()).isLessThanOrEqualTo(2);
                assertThat(store.archive().count()).isEqualTo(ARTICLES);
                assertThat(store.claims().toExtract(pipeline.extraction().version())).isEmpty();
                assertThat(store.claims().count()).isPositive();
            }
        }
    }

    private static int articleHits(TestSite site) {
        return site.allHits().entrySet().stream().filter(e -> e.getKey().startsWith("/r/")).mapToInt(e -> e.getValue().get()).sum();
    }

    private static Process watchInChildJvm(Path data) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", classpath, "org.raqib.cli.Main", "watch", "--once", "--data",
                data.toString(), "--delay", "0", "--concurrency", "2", "--per-host", "2");
        pb.redirectErrorStream(true);
        pb.redirectOutput(data.resolveSibling("child.log").toFile());
        return pb.start();
    }

}
