package org.raqib.cli;

import org.raqib.pipeline.Gazetteers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.raqib.resolve.place.GazetteerBuilder;
import org.raqib.resolve.place.GeoNamesFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code raqib gazetteer}: import GeoNames dumps into the local data directory. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Manage the gazetteer of places.",
        subcommands = {GazetteerCommand.Import.class, GazetteerCommand.BuildDefault.class})
final class GazetteerCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a GeoNames dump (SY.txt, allCountries.txt, cities500.txt, optionally .gz or .zip-extracted) "
                    + "into DATA/gazetteer/, added to the built-in gazetteer for extraction.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "a GeoNames dump file")
        Path file;

        @Option(names = "--data", defaultValue = "raqib-data", description = "data directory (default: ./raqib-data)")
        Path data;

        @Option(names = "--countries", split = ",", description = "keep only these ISO codes (default: all in the file)")
        Set<String> countries;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isRegularFile(file)) {
                err.println("raqib: " + file + ": no such file");
                return 1;
            }
            Supplier<BufferedReader> input = () -> Gazetteers.open(file);
            try {
                long lines = GazetteerBuilder.validate(input, file.toString());
                Path target = Gazetteers.importTarget(data, file);
                Files.createDirectories(target.getParent());
                Path tmp = Files.createTempFile(target.getParent(), "import", ".tmp");
                long kept;
                try (Writer w = new java.io.OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(tmp)), StandardCharsets.UTF_8)) {
                    kept = GazetteerBuilder.build(input, file.toString(), countries, w,
                            n -> err.printf("\rraqib: gazetteer: %,d lines read", n));
                }
                // replace a previous import of the same dump only once the new one is complete; other dumps' imports stay
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                if (lines >= 100_000) err.println();
                out.printf("imported %,d places with Arabic names (of %,d lines) into %s%n", kept, lines, target);
                return 0;
            } catch (GeoNamesFormat.FormatException e) {
                err.println("raqib: " + e.getMessage());
                err.println("raqib: nothing was imported; expected a GeoNames dump (19 tab-separated columns a line)");
                return 1;
            } catch (UncheckedIOException e) {
                err.println("raqib: " + file + ": " + e.getCause().getMessage());
                return 1;
            }
        }
    }

    @Command(name = "build-default", mixinStandardHelpOptions = true, hidden = true,
            description = "Regenerate the built-in MENA gazetteer resource from GeoNames cities500.")
    static final class BuildDefault implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CITIES500") Path file;

        @Parameters(index = "1", paramLabel = "OUT", description = "e.g. raqib-core/src/main/resources/org/raqib/resolve/place/gazetteer-mena.tsv.gz")
        Path target;

        @Override
        public Integer call() throws IOException {
            try (Writer w = new java.io.OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(target)), StandardCharsets.UTF_8)) {
                long n = GazetteerBuilder.build(() -> Gazetteers.open(file), file.toString(), GazetteerBuilder.MENA, w, null);
                spec.commandLine().getOut().printf("wrote %,d places to %s%n", n, target);
            }
            return 0;
        }
    }

}
