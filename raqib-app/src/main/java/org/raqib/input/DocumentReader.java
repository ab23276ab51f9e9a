package org.raqib.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.raqib.model.Document;

/**
 * Reads reports from files: JSON lines of the input contract (or one pretty-printed object, or
 * an array), plain text, and captured HTML pages, chosen by extension or, for other names, by
 * content. JSON lines stream, so a 50 MB file is never held whole. Every problem is an
 * {@link InputException} naming the file and, where it can, the line; a run over many files
 * can report it and go on with the next.
 */
public final class DocumentReader {
    /** A text or HTML file is one document and is read whole; beyond this it is surely not one report. */
    static final long MAX_WHOLE_FILE = 256L << 20;
    /** How much of a file is read to choose its format and encoding. */
    private static final int SNIFF = 64 * 1024;

    private enum Format { JSON, HTML, TEXT }

    private final Consumer<String> warnings;
    private final Consumer<InputException> badLines;

    /** A reader that drops warnings. */
    public DocumentReader() { this(w -> { }); }

    /** {@code warnings} receives messages such as {@code "x.txt: empty file, skipped"}; a bad JSON line is thrown. */
    public DocumentReader(Consumer<String> warnings) {
        this(warnings, e -> {
            throw e;
        });
    }

    /**
     * {@code badLines} receives each bad line of a JSON-lines file ({@code x.jsonl:17: malformed
     * JSON: ...}) and the reading goes on with the next line, so no valid line is lost.
     */
    public DocumentReader(Consumer<String> warnings, Consumer<InputException> badLines) {
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        this.badLines = Objects.requireNonNull(badLines, "badLines");
    }

    /**
     * The files named: folders are replaced by the files within them (recursively, sorted,
     * hidden files and folders skipped); other paths are kept as given, so that a missing file
     * is reported when it is read.
     */
    public static List<Path> expand(List<Path> args) {
        List<Path> out = new ArrayList<>();
        for (Path arg : args) {
            if (!Files.isDirectory(arg)) {
                out.add(arg);
                continue;
            }
            List<Path> found = new ArrayList<>();
            try {
                Files.walkFileTree(arg, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        // not even walked: a .git folder can hold many thousand files
                        return !dir.equals(arg) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                        boolean regular = attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(f);
                        // a link to nothing is kept, so that reading it reports it rather than it vanishing silently
                        boolean dangling = attrs.isSymbolicLink() && !Files.exists(f);
                        if ((regular || dangling) && !hidden(f)) found.add(f);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path f, IOException e) {
                        throw new InputException(f, "cannot list: " + reason(e));
                    }
                });
            } catch (IOException e) {
                throw new InputException(arg, "cannot list: " + reason(e));
            }
            found.sort(null);
            out.addAll(found);
        }
        return out;
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** Every document in the file. */
    public List<Document> readAll(Path file) {
        List<Document> out = new ArrayList<>();
        read(file, out::add);
        return out;
    }

    /** Gives each document in the file to the sink, as it is read. */
    public void read(Path file, Consumer<Document> sink) {
        readCaptured(file, c -> sink.accept(c.document()));
    }

    /** As {@link #read}, with the bytes each document was read from, for the archive. */
    public void readCaptured(Path file, Consumer<Captured> sink) {
        if (Files.isDirectory(file)) throw new InputException(file, "is a folder, not a file");
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            throw new InputException(file, "a symbolic link to a missing file (" + linkTarget(file) + ")");
        }
        if (!Files.exists(file)) throw new InputException(file, "no such file");
        // a named pipe or device could block or never end
        if (!Files.isRegularFile(file)) throw new InputException(file, "not a regular file");
        byte[] head = head(file);
        int bom = TextDecoding.bomLength(head, head.length);
        if (head.length < SNIFF && isBlank(head, bom)) {
            warnEmpty(file);
            return;
        }
        Format format = format(file, head, bom);
        // JSON lines opening with an object are checked line by line: a line of binary junk is one bad line, not a bad file
        if (format != Format.JSON || !opensJson(head, bom)) TextDecoding.checkNotBinary(head, head.length, file);
        switch (format) {
            case JSON -> json(file, head, bom, sink);
            case HTML -> html(file, sink);
            case TEXT -> text(file, sink);
        }
    }

    private void json(Path file, byte[] head, int bom, Consumer<Captured> sink) {
        Charset charset = opensJson(head, bom) ? TextDecoding.detectForLines(head, head.length, head.length == SNIFF)
                : TextDecoding.detect(head, head.length, head.length == SNIFF, file);
        JsonLinesReader reader = new JsonLinesReader(file, charset, bom);
        long count = reader.read(sink, badLines);
        if (reader.blank()) warnEmpty(file);
        else if (count == 0) warnings.accept(file + ": no documents (an empty array)");
    }

    private void html(Path file, Consumer<Captured> sink) {
        byte[] bytes = readWholeFile(file);
        Document d = HtmlReader.read(bytes, baseName(file), file);
        if (d.text().isBlank()) warnings.accept(file + ": no text in the page, skipped");
        else sink.accept(new Captured(d, bytes, "text/html"));
    }

    private void text(Path file, Consumer<Captured> sink) {
        byte[] bytes = readWholeFile(file);
        String text = TextDecoding.decode(bytes, file);
        if (text.isBlank()) warnEmpty(file);
        else sink.accept(new Captured(new Document(baseName(file), null, null, "ar", null, text), bytes, "text/plain"));
    }

    private void warnEmpty(Path file) {
        warnings.accept(file + ": empty file, skipped");
    }

    private static Format format(Path file, byte[] head, int bom) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) return Format.JSON;
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) return Format.HTML;
        if (name.endsWith(".txt")) return Format.TEXT;
        // markup and JSON syntax are ASCII, and so is this view of UTF-8 and Windows-1256 alike
        String start = new String(head, bom, Math.min(head.length - bom, 1024), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("{")) return Format.JSON;
        if (start.startsWith("<!doctype html") || start.contains("<html")) return Format.HTML;
        return Format.TEXT;
    }

    private static boolean opensJson(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            int c = b[i];
            if (c == '{' || c == '[') return true;
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
        }
        return false;
    }

    private static boolean isBlank(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            int c = b[i];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B) return false;
        }
        return true;
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF);
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read: " + reason(e), e);
        }
    }

    /** The whole file, for formats that are one document a file; refuses sizes no report has. */
    static byte[] readWholeFile(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_WHOLE_FILE) {
                throw new InputException(file, "too large for one document (" + (size >> 20) + " MB, at most "
                        + (MAX_WHOLE_FILE >> 20) + " MB)");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read: " + reason(e), e);
        }
    }

    /** An I/O failure in words; the JDK's messages for these are often just the path again. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The file name without its extension: the id of a one-document file and the stem of derived ids. */
    static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
