package org.raqib.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.raqib.store.Sources;
import org.raqib.store.Store;
import org.raqib.watch.CanonicalUrl;
import org.raqib.watch.SourceKinds;
import org.raqib.watch.WatchSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code raqib sources}: the feeds, listing pages and sitemaps {@code raqib watch} polls. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "The sources 'raqib watch' polls: add, import, list, enable, disable, remove (every change audited).",
        subcommands = {SourcesCommand.Add.class, SourcesCommand.Import.class, SourcesCommand.ListSources.class,
                SourcesCommand.Enable.class, SourcesCommand.Disable.class, SourcesCommand.Remove.class})
final class SourcesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(30);

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Register a source (its kind found by fetching it once when not given).")
    static final class Add implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin StoreOptions where;
        @Parameters(paramLabel = "URL", description = "a feed, a listing page or a sitemap (http or https)") String url;
        @Option(names = "--name", description = "the outlet's name") String name;
        @Option(names = "--country", description = "two-letter country code, e.g. SY") String country;
        @Option(names = "--kind", description = "rss, atom, html-list or sitemap (default: found by fetching the URL)") String kind;
        @Option(names = "--interval", converter = Durations.class, description = "how often to poll it (default 30m)")
        Duration interval = DEFAULT_INTERVAL;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
            String problem = problem(url, country, kind);
            if (problem != null) {
                err.println("raqib: sources add: " + problem);
                return 2;
            }
            String k = kind;
            if (k == null) {
                try {
                    k = SourceKinds.detect(CanonicalUrl.of(url), WatchSettings.defaults().withHostDelay(Duration.ZERO));
                } catch (IOException e) {
                    err.println("raqib: sources add: cannot fetch " + url + " to find its kind (" + e.getMessage()
                            + "); give it with --kind");
                    return 1;
                }
            }
            try (Store store = where.open()) {
                Optional<Sources.Source> s = store.sources().add(CanonicalUrl.of(url), blankToNull(name), upper(country),
                        k.toLowerCase(Locale.ROOT), interval);
                if (s.isEmpty()) {
                    out.println("already registered: " + CanonicalUrl.of(url));
                    return 0;
                }
                out.printf("source %d: %s (%s, every %s)%n", s.get().id(), s.get().url(), s.get().kind(), shown(interval));
                return 0;
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Register the sources of a file: one a line, 'URL [NAME ...] [CC]' (a final two-letter word is the "
                    + "country); blank lines and lines starting with # are skipped. Kinds are found on the first poll.")
    static final class Import implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin StoreOptions where;
        @Parameters(paramLabel = "FILE") Path file;
        @Option(names = "--interval", converter = Durations.class, description = "how often to poll them (default 30m)")
        Duration interval = DEFAULT_INTERVAL;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("raqib: sources import: cannot read " + file + ": " + e.getMessage());
                return 1;
            }
            List<String> bad = new ArrayList<>();
            int added = 0, known = 0;
            try (Store store = where.open()) {
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.isEmpty() || line.startsWith("#")) continue;
                    String[] words = line.split("\\s+");
                    String country = null;
                    int end = words.length;
                    if (end > 1 && words[end - 1].matches("[A-Z]{2}")) country = words[--end];
                    String name = end > 1 ? String.join(" ", java.util.Arrays.copyOfRange(words, 1, end)) : null;
                    String problem = problem(words[0], country, null);
                    if (problem != null) {
                        bad.add(file + ":" + (i + 1) + ": " + problem);
                        continue;
                    }
                    if (store.sources().add(CanonicalUrl.of(words[0]), name, country, "auto", interval).isPresent()) added++;
                    else known++;
                }
            }
            for (String b : bad) err.println("raqib: sources import: " + b);
            out.printf("%d sources added, %d already registered, %d lines refused%n", added, known, bad.size());
            return bad.isEmpty() ? 0 : 1;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "The sources with their state, articles found (fetched, failed), claims found, last success and last error.")
    static final class ListSources implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin StoreOptions where;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Store store = where.open()) {
                List<Sources.Stats> all = store.sources().stats();
                if (all.isEmpty()) {
                    out.println("no sources; add one with 'raqib sources add URL'");
                    return 0;
                }
                out.printf("%-4s %-12s %-9s %8s %8s %7s %7s  %-20s  %-20s  %s%n", "id", "state", "kind", "articles", "fetched",
                        "failed", "claims", "last success", "next poll", "url (name, country)");
                for (Sources.Stats st : all) {
                    Sources.Source s = st.source();
                    String state = !s.enabled() ? "disabled" : s.failing() ? "FAILING x" + s.failures() : "ok";
                    out.printf("%-4d %-12s %-9s %8d %8d %7d %7d  %-20s  %-20s  %s%s%n", s.id(), state, s.kind(), st.articles(),
                            st.fetched(), st.failed(), st.claims(), time(s.lastSuccess()), s.enabled() ? time(s.nextPoll()) : "-",
                            s.url(), s.name() == null && s.country() == null ? ""
                                    : " (" + (s.name() == null ? "" : s.name()) + (s.country() == null ? "" : ", " + s.country()) + ")");
                    if (s.lastError() != null) out.printf("     last error %s: %s%n", time(s.lastErrorAt()), s.lastError());
                }
                return 0;
            }
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Poll a disabled source again.")
    static final class Enable extends Change {
        Enable() { super("enabled"); }
        @Override boolean apply(Sources s, long id) { return s.setEnabled(id, true); }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Stop polling a source (kept with its articles).")
    static final class Disable extends Change {
        Disable() { super("disabled"); }
        @Override boolean apply(Sources s, long id) { return s.setEnabled(id, false); }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a source (the articles it found stay archived).")
    static final class Remove extends Change {
        Remove() { super("removed"); }
        @Override boolean apply(Sources s, long id) { return s.remove(id); }
    }

    /** A change to one source named by its number or URL. */
    abstract static class Change implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin StoreOptions where;
        @Parameters(paramLabel = "ID|URL") String key;
        private final String done;

        Change(String done) { this.done = done; }

        abstract boolean apply(Sources sources, long id);

        @Override
        public Integer call() {
            try (Store store = where.open()) {
                String k = key.matches("\\d+") ? key : Optional.ofNullable(CanonicalUrl.of(key)).orElse(key);
                Optional<Sources.Source> s = store.sources().find(k);
                if (s.isEmpty() || !apply(store.sources(), s.get().id())) {
                    spec.commandLine().getErr().println("raqib: sources: no source '" + key + "' (see 'raqib sources list')");
                    return 1;
                }
                spec.commandLine().getOut().printf("source %d %s: %s%n", s.get().id(), done, s.get().url());
                return 0;
            }
        }
    }

    /** What is wrong with a source as given, or null. */
    static String problem(String url, String country, String kind) {
        if (CanonicalUrl.of(url) == null) return "'" + url + "' is not an http(s) URL";
        if (country != null && !country.matches("[A-Za-z]{2}")) return "'" + country + "' is not a two-letter country code";
        if (kind != null && (!Sources.KINDS.contains(kind.toLowerCase(Locale.ROOT)) || kind.equalsIgnoreCase("auto"))) {
            return "unknown kind '" + kind + "' (rss, atom, html-list or sitemap)";
        }
        return null;
    }

    private static String upper(String s) { return s == null ? null : s.toUpperCase(Locale.ROOT); }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }

    private static String time(Instant t) { return t == null ? "never" : t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(); }

    static String shown(Duration d) {
        return d.toSeconds() % 3600 == 0 && d.toSeconds() > 0 ? d.toHours() + "h"
                : d.toSeconds() % 60 == 0 && d.toSeconds() > 0 ? d.toMinutes() + "m" : d.toMillis() + "ms";
    }
}
