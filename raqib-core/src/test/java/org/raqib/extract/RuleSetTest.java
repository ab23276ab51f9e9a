package org.raqib.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.model.Claim;
import org.raqib.model.Document;
import org.raqib.resolve.place.Gazetteer;
import org.raqib.rules.RuleFileException;
import org.raqib.rules.RuleSource;

/** Rule sets are instances: loaded from a directory, checked row by row, side by side, shared by threads. */
class RuleSetTest {
    @TempDir
    Path dir;

    /** The built-in rule files copied to {@code dir}, to be changed by a test. */
    private void copyBuiltIn() throws IOException {
        for (String f : RuleSet.FILES) {
            try (InputStream in = RuleSource.classpath().open(f)) {
                Files.copy(in, dir.resolve(f));
            }
        }
    }

    private void replaceInFile(String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String s = Files.readString(p, StandardCharsets.UTF_8);
        assertThat(s).contains(from);
        Files.writeString(p, s.replace(from, to), StandardCharsets.UTF_8);
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).equals(text)) return i + 1;
        throw new AssertionError(text + " not in " + file);
    }

    @Test
    void aCopyOfTheBuiltInRulesLoadsAndExtractsTheSame() throws IOException {
        copyBuiltIn();
        ClaimExtractor copy = new ClaimExtractor(RuleSet.load(dir), Gazetteer.defaults());
        String text = "قالت مصادر محلية إن 17 شخصا على الأقل لقوا حتفهم في قصف مدفعي على حي في حلب.";
        assertThat(copy.extract(Document.of("d", text))).isEqualTo(new ClaimExtractor().extract(Document.of("d", text)));
    }

    @Test
    void aMisspeltHarmStopsTheLoadingNamingFileAndLine() throws IOException {
        copyBuiltIn();
        replaceInFile("harm.tsv", "مقتل\tkilled", "مقتل\tkiled");
        int line = lineOf(dir.resolve("harm.tsv"), "مقتل\tkiled");
        assertThatThrownBy(() -> RuleSet.load(dir)).isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith(dir.resolve("harm.tsv") + ":" + line + ": unknown harm 'kiled'");
    }

    @Test
    void aMisspeltCueKindStopsTheLoadingInsteadOfLosingTheAirstrike() throws IOException {
        copyBuiltIn();
        replaceInFile("cues.tsv", "غاره\tairstrike", "غاره\tairstirke");
        int line = lineOf(dir.resolve("cues.tsv"), "غاره\tairstirke");
        assertThatThrownBy(() -> RuleSet.load(dir)).isInstanceOf(RuleFileException.class)
                .hasMessageContaining("cues.tsv:" + line + ": unknown cue 'airstirke'");
    }

    @Test
    void badRowsOfEveryKindAreNamed() throws IOException {
        copyBuiltIn();
        Files.writeString(dir.resolve("words.tsv"), "\nفي\tno-such-set\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RuleSet.load(dir)).hasMessageContaining("words.tsv:2: unknown wordset 'no-such-set'");
        restore("words.tsv");
        Files.writeString(dir.resolve("actors.tsv"), "# x\nالمرصد\tSOHRR\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RuleSet.load(dir)).hasMessageContaining("actors.tsv:2: unknown actor code SOHRR");
        Files.writeString(dir.resolve("actors.tsv"), "المرصد\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RuleSet.load(dir)).hasMessageContaining("actors.tsv:1: expected 2 to 3 tab-separated columns");
        Files.delete(dir.resolve("months.tsv"));
        restore("actors.tsv");
        assertThatThrownBy(() -> RuleSet.load(dir)).hasMessageContaining("months.tsv: cannot read rule file");
    }

    private void restore(String f) throws IOException {
        try (InputStream in = RuleSource.classpath().open(f)) {
            Files.copy(in, dir.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void twoRuleSetsRunSideBySideAndDifferOnlyWhereTheirDataDiffers() throws IOException {
        copyBuiltIn();
        // the changed rule set also reads "أردى" as a killing word
        Path harm = dir.resolve("harm.tsv");
        Files.writeString(harm, Files.readString(harm) + "اردي\tkilled\n", StandardCharsets.UTF_8);
        ClaimExtractor builtIn = new ClaimExtractor();
        ClaimExtractor changed = new ClaimExtractor(RuleSet.load(dir), Gazetteer.defaults());
        Document withTheWord = Document.of("a", "أردى القصف 9 مدنيين في بلدة كفرنبل.");
        Document without = Document.of("b", "قتل تسعة مدنيين في قصف على بلدة كفرنبل.");
        assertThat(builtIn.extract(withTheWord)).isEmpty();
        assertThat(changed.extract(withTheWord)).hasSize(1);
        assertThat(changed.extract(without)).isEqualTo(builtIn.extract(without)).hasSize(1);
        assertThat(builtIn.extract(withTheWord)).isEmpty(); // the built-in rules are unchanged by the other's loading
    }

    @Test
    void oneExtractorSharedByThreadsGivesWhatItGivesAlone() throws Exception {
        List<String> texts = new ArrayList<>();
        for (ExampleCorpus.Example e : ExampleCorpus.blocks("claims.examples")) texts.add(e.text());
        ClaimExtractor shared = new ClaimExtractor();
        List<List<Claim>> alone = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) alone.add(shared.extract(Document.of("d" + i, texts.get(i))));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Claim>>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (int i = 0; i < texts.size(); i++) {
                    int k = i;
                    futures.add(pool.submit(() -> shared.extract(Document.of("d" + k, texts.get(k)))));
                }
            }
            for (int f = 0; f < futures.size(); f++) assertThat(futures.get(f).get()).isEqualTo(alone.get(f % texts.size()));
        } finally {
            pool.shutdown();
        }
    }
}
