package org.raqib.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.raqib.extract.ClaimExtractor;
import org.raqib.extract.RuleSet;
import org.raqib.resolve.place.Gazetteer;

/** The claim extractor of a data directory: the built-in gazetteer plus any imported places. */
final class Extractors {
    /** The packages whose classes and rule files decide what claims a document yields. */
    private static final List<String> EXTRACTION_PACKAGES =
            List.of("org/raqib/extract/", "org/raqib/resolve/", "org/raqib/rules/", "org/raqib/text/", "org/raqib/model/");

    private Extractors() {}

    static ClaimExtractor forData(Path data) throws IOException {
        Path imported = GazetteerCommand.importedFile(data);
        if (!Files.isRegularFile(imported)) return new ClaimExtractor();
        try (BufferedReader r = GazetteerCommand.open(imported)) {
            Gazetteer g = Gazetteer.defaults().with(Gazetteer.read(r, imported.toString()));
            return new ClaimExtractor(RuleSet.builtIn(), g);
        }
    }

    /**
     * A name for exactly the extractor {@link #forData} gives, so that a store knows which
     * documents it has read: a digest of the extraction code and rules as built (class files
     * and resources of the extraction packages, wherever they were loaded from) and of the
     * imported gazetteer's size and time. When the code cannot be read, a name that never
     * repeats: every document is then read again, which is slow but never stale.
     */
    static String versionFor(Path data) throws IOException {
        Path imported = GazetteerCommand.importedFile(data);
        MessageDigest sha = sha256();
        TreeMap<String, byte[]> files = extractionFiles();
        if (files.isEmpty()) return "unknown-" + UUID.randomUUID();
        files.forEach((name, bytes) -> {
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update(bytes);
        });
        if (Files.isRegularFile(imported)) {
            String g = "gazetteer " + Files.size(imported) + " " + Files.getLastModifiedTime(imported).toMillis();
            sha.update(g.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 8);
    }

    private static TreeMap<String, byte[]> extractionFiles() throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        CodeSource source = ClaimExtractor.class.getProtectionDomain().getCodeSource();
        if (source == null) return files;
        Path location;
        try {
            location = Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return files;
        }
        if (Files.isDirectory(location)) {
            try (Stream<Path> walk = Files.walk(location)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    String name = location.relativize(p).toString().replace('\\', '/');
                    if (inExtraction(name)) files.put(name, Files.readAllBytes(p));
                }
            }
        } else if (Files.isRegularFile(location)) {
            try (JarFile jar = new JarFile(location.toFile())) {
                for (JarEntry e : jar.stream().filter(e -> !e.isDirectory() && inExtraction(e.getName())).toList()) {
                    try (InputStream in = jar.getInputStream(e)) {
                        files.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return files;
    }

    private static boolean inExtraction(String name) {
        for (String p : EXTRACTION_PACKAGES) if (name.startsWith(p)) return true;
        return false;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
