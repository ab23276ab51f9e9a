package org.raqib.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.cli.Main;
import org.raqib.store.AuditEntry;
import org.raqib.store.Store;

/** {@code raqib sources} and {@code raqib watch --once} from the command line, against a site on 127.0.0.1. */
class SourcesCliTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private Run raqib(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = dir.resolve("data").toString();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void sourcesAreAddedImportedWatchedListedDisabledAndRemovedAndEveryChangeIsAudited() throws Exception {
        try (TestSite site = new TestSite()) {
            site.html("/a/1", TestSite.article("", 1));
            site.html("/a/2", TestSite.article("", 2));
            site.page("/feed.xml", x -> TestSite.send(x, 200, "application/atom+xml", "<?xml version='1.0' encoding='utf-8'?>"
                    + "<feed xmlns='http://www.w3.org/2005/Atom'><title>t</title><id>urn:t</id><updated>2026-11-30T00:00:00Z</updated>"
                    + "<entry><title>x</title><id>urn:x</id><link href='" + site.url("/a/1") + "'/>"
                    + "<updated>2026-11-30T00:00:00Z</updated></entry></feed>"));
            site.html("/list", "<html><body><a href='/a/2'>2</a></body></html>");
            site.page("/broken.xml", x -> TestSite.send(x, 410, "text/plain", "gone"));   // 5xx is retried with waits of seconds

            Run add = raqib("sources", "add", site.url("/feed.xml?utm_source=x"), "--name", "Test Feed", "--country", "sy");
            assertThat(add.code()).as(add.err()).isZero();
            assertThat(add.out()).contains("source 1: " + site.url("/feed.xml") + " (atom, every 30m)");
            assertThat(raqib("sources", "add", site.url("/feed.xml")).out()).contains("already registered");
            Run refused = raqib("sources", "add", "file:///etc/passwd");
            assertThat(refused.code()).isEqualTo(2);
            assertThat(refused.err()).contains("'file:///etc/passwd' is not an http(s) URL");

            Path list = Files.writeString(dir.resolve("sources.txt"), "# watched pages\n" + site.url("/list") + " Local Page IQ\n\n"
                    + "ftp://files.example.invalid/feed\n" + site.url("/broken.xml") + "\n" + site.url("/feed.xml") + " again\n");
            Run imported = raqib("sources", "import", list.toString());
            assertThat(imported.code()).isEqualTo(1);
            assertThat(imported.err()).contains(list + ":4: 'ftp://files.example.invalid/feed' is not an http(s) URL");
            assertThat(imported.out()).contains("2 sources added, 1 already registered, 1 lines refused");

            Run watch = raqib("watch", "--once", "--delay", "0");
            assertThat(watch.code()).as(watch.err()).isZero();
            assertThat(watch.out()).contains("3 sources polled (1 failed), 2 new links, 2 articles fetched (2 new documents)");
            assertThat(watch.err()).contains("raqib: watch");

            Run listed = raqib("sources", "list");
            assertThat(listed.out()).contains("Test Feed, SY").contains("Local Page, IQ").contains("html-list").contains("FAILING x1")
                    .contains("last error").contains("HTTP 410");
            assertThat(listed.out().lines().filter(l -> l.startsWith("1 ")).findFirst().orElseThrow())
                    .matches("1\\s+ok\\s+atom\\s+1\\s+1\\s+0\\s+[1-9]\\d*\\s+20\\d\\d-.*");

            assertThat(raqib("sources", "disable", "2").code()).isZero();
            assertThat(raqib("sources", "remove", site.url("/broken.xml")).code()).isZero();
            assertThat(raqib("sources", "remove", "99").code()).isEqualTo(1);
            assertThat(raqib("sources", "list").out()).contains("disabled").doesNotContain("broken.xml");

            try (Store store = Store.open(dir.resolve("data"))) {
                assertThat(store.audit().entries()).extracting(AuditEntry::action)
                        .contains("source-add", "source-kind", "source-disable", "source-remove");
                assertThat(store.audit().about("source:1")).first().satisfies(e -> assertThat(e.details()).contains("name=Test Feed"));
            }
        }
    }
}
