package org.raqib.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.raqib.resolve.place.Gazetteer;

/**
 * The gazetteers a data directory adds to the built-in one: one file per imported dump under
 * {@code DATA/gazetteer/}, so a second import adds to the first (importing the same dump again
 * replaces its own file only).
 */
public final class Gazetteers {
    private Gazetteers() {}

    public static Path folder(Path dataDir) { return dataDir.resolve("gazetteer"); }

    /** Where the import of a GeoNames dump is kept: named after the dump ({@code SY.txt} → {@code SY.tsv.gz}). */
    public static Path importTarget(Path dataDir, Path dump) {
        String name = dump.getFileName().toString().replaceAll("(?i)(\\.txt)?(\\.gz)?$", "")
                .replaceAll("[^A-Za-z0-9_.-]", "_");
        return folder(dataDir).resolve(name + ".tsv.gz");
    }

    /** The imported gazetteer files of a data directory, by name. */
    public static List<Path> imported(Path dataDir) throws IOException {
        Path dir = folder(dataDir);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv.gz"))
                    .filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The built-in gazetteer with every import of the data directory added. */
    public static Gazetteer of(Path dataDir) throws IOException {
        Gazetteer g = Gazetteer.defaults();
        for (Path p : imported(dataDir)) {
            try (BufferedReader r = open(p)) {
                g = g.with(Gazetteer.read(r, p.toString()));
            }
        }
        return g;
    }

    /** A text file, gunzipped when its name ends in .gz. */
    public static BufferedReader open(Path file) {
        try {
            InputStream in = Files.newInputStream(file);
            if (file.getFileName().toString().endsWith(".gz")) in = new GZIPInputStream(in);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
