package org.raqib.pipeline;

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

/**
 * The claim extractor of a data directory (the built-in rules and gazetteer plus any imported
 * places) with a name for exactly that extractor, so that a store knows which documents it
 * has read and which linking must be redone.
 */
public record Extraction(ClaimExtractor extractor, String version, String linkerVersion) {
    /** The packages whose classes and rule files decide what claims a document yields. */
    private static final List<String> EXTRACTION_PACKAGES =
            List.of("org/raqib/extract/", "org/raqib/resolve/", "org/raqib/rules/", "org/raqib/text/", "org/raqib/model/");
    /** The packages that decide how claims are linked and assessed. */
    private static final List<String> LINKING_PACKAGES = List.of("org/raqib/link/", "org/raqib/assess/", "org/raqib/model/");

    public static Extraction forData(Path dataDir) throws IOException {
        ClaimExtractor extractor = Gazetteers.imported(dataDir).isEmpty() ? new ClaimExtractor()
                : new ClaimExtractor(RuleSet.builtIn(), Gazetteers.of(dataDir));
        return new Extraction(extractor, version(dataDir), digest(LINKING_PACKAGES, List.of()));
    }

    /**
     * A digest of the extraction code and rules as built (class files and resources of the
     * extraction packages, wherever they were loaded from) and of the imported gazetteers'
     * names, sizes and times. When the code cannot be read, a name that never repeats: every
     * document is then read again, which is slow but never stale.
     */
    static String version(Path dataDir) throws IOException {
        return digest(EXTRACTION_PACKAGES, Gazetteers.imported(dataDir));
    }

    private static String digest(List<String> packages, List<Path> extraFiles) throws IOException {
        MessageDigest sha = sha256();
        TreeMap<String, byte[]> files = codeFiles(packages);
        if (files.isEmpty()) return "unknown-" + UUID.randomUUID();
        files.forEach((name, bytes) -> {
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update(bytes);
        });
        for (Path p : extraFiles) {
            String g = "gazetteer " + p.getFileName() + " " + Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis();
            sha.update(g.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 8);
    }

    private static TreeMap<String, byte[]> codeFiles(List<String> packages) throws IOException {
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
                    if (in(packages, name)) files.put(name, Files.readAllBytes(p));
                }
            }
        } else if (Files.isRegularFile(location)) {
            try (JarFile jar = new JarFile(location.toFile())) {
                for (JarEntry e : jar.stream().filter(e -> !e.isDirectory() && in(packages, e.getName())).toList()) {
                    try (InputStream in = jar.getInputStream(e)) {
                        files.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return files;
    }

    private static boolean in(List<String> packages, String name) {
        for (String p : packages) if (name.startsWith(p)) return true;
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
