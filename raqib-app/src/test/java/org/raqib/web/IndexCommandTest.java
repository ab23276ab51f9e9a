package org.raqib.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.cli.Main;
import org.raqib.search.SearchIndex;
import org.raqib.search.SearchQuery;

/** {@code raqib index}: adds what is missing, does nothing when up to date, and rebuilds on request. */
class IndexCommandTest {
    @TempDir
    Path dir;

    @Test
    void indexesWhatIsMissingAndRebuildsOnRequest() {
        String data = dir.resolve("data").toString();
        assertThat(run("run", "--data", data, WebFixture.SAMPLES.toString())).startsWith("0:");
        assertThat(run("index", "--data", data)).startsWith("0:").contains("index: 15 documents indexed, 15 in the index");
        assertThat(run("index", "--data", data)).contains("index: 0 documents indexed, 15 in the index");
        assertThat(run("index", "--data", data, "--rebuild")).contains("index: 15 documents indexed, 15 in the index");
        try (SearchIndex index = SearchIndex.open(dir.resolve("data").resolve("search-index"))) {
            assertThat(index.search(SearchQuery.of("غارة", null, null, null, 5)).total()).isPositive();
        }
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return code + ":" + out + err;
    }
}
