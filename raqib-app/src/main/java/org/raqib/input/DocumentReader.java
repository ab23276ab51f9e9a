package org.raqib.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.raqib.model.Document;

/**
 * Reads reports from files: JSON lines of the input contract (one object a line, or one
 * pretty-printed object a file), plain text, and captured HTML pages. JSON lines stream, so
 * a 50 MB file is never held whole. Every problem names the file and line.
 */
public final class DocumentReader {
    private static final int SNIFF = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Consumer<String> warnings;

    public DocumentReader() { this(w -> { }); }

    public DocumentReader(Consumer<String> warnings) { this.warnings = warnings; }

    /** The readable files under the given paths: folders are walked (sorted, hidden files skipped). */
    public static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile).filter(f -> !hidden(p.relativize(f))).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new InputException(p, "cannot list folder: " + e.getMessage());
            }
        }
        return out;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) if (part.toString().startsWith(".")) return true;
        return false;
    }

    public List<Document> readAll(Path file) {
        List<Document> out = new ArrayList<>();
        read(file, out::add);
        return out;
    }

    public void read(Path file, Consumer<Document> sink) {
        readCaptured(file, c -> sink.accept(c.document()));
    }

    /** As {@link #read}, with the bytes each document was read from. */
    public void readCaptured(Path file, Consumer<Captured> sink) {
        if (!Files.exists(file)) throw new InputException(file, "no such file");
        if (Files.isDirectory(file)) throw new InputException(file, "is a folder (give its files, or use expand)");
        byte[] head = head(file);
        if (head.length == 0 || new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
            warnings.accept(file + ": empty file, skipped");
            return;
        }
        Charset charset = TextDecoding.detect(head, head.length, file);
        switch (format(file, head, charset)) {
            case JSON -> readJson(file, charset, sink);
            case HTML -> {
                byte[] bytes = readBytes(file);
                sink.accept(new Captured(HtmlReader.read(bytes, baseName(file), file), bytes, "text/html"));
            }
            default -> {
                byte[] bytes = readBytes(file);
                Document d = new Document(baseName(file), null, null, "ar", null, TextDecoding.decode(bytes, file));
                sink.accept(new Captured(d, bytes, "text/plain"));
            }
        }
    }

    private enum Format { JSON, HTML, TEXT }

    private static Format format(Path file, byte[] head, Charset charset) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) return Format.JSON;
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) return Format.HTML;
        if (name.endsWith(".txt") || name.endsWith(".text")) return Format.TEXT;
        String start = new String(head, charset).stripLeading().replace("\uFEFF", "");
        if (start.startsWith("{")) return Format.JSON;
        String lower = start.substring(0, Math.min(start.length(), 512)).toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.contains("<html")) return Format.HTML;
        return Format.TEXT;
    }

    /**
     * JSON lines, split on the newline byte so each document keeps the exact bytes of its line
     * (UTF-8 and Windows-1256 both encode the newline as one byte of its own).
     */
    private void readJson(Path file, Charset charset, Consumer<Captured> sink) {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(4096);
            long no = 0;
            boolean first = true;
            int b;
            do {
                b = in.read();
                if (b != '\n' && b != -1) {
                    line.write(b);
                    continue;
                }
                if (b == -1 && line.size() == 0) break;
                no++;
                byte[] raw = line.toByteArray();
                line.reset();
                String text = decodeLine(raw, charset, file, no);
                if (first && !text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
                if (text.isBlank()) continue;
                if (first && isOpenObject(text)) {
                    // one pretty-printed object (an annotated corpus file): the file is the document
                    byte[] all = readBytes(file);
                    String whole = TextDecoding.decode(all, file);
                    sink.accept(new Captured(document(parse(whole, file, 1), file, 1), all, "application/json"));
                    return;
                }
                first = false;
                sink.accept(new Captured(document(parse(text, file, no), file, no), raw, "application/x-ndjson"));
            } while (b != -1);
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage());
        }
    }

    private static String decodeLine(byte[] raw, Charset charset, Path file, long no) {
        int end = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
        try {
            return TextDecoding.strictDecoder(charset).decode(java.nio.ByteBuffer.wrap(raw, 0, end)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(file, no, "bytes that are not text in the detected encoding");
        }
    }

    private static boolean isOpenObject(String line) {
        String t = line.strip();
        return t.equals("{") || (t.startsWith("{") && !t.endsWith("}"));
    }

    private static JsonNode parse(String text, Path file, long line) {
        try {
            JsonNode n = JSON.readTree(text);
            if (n == null || !n.isObject()) throw new InputException(file, line, "expected a JSON object");
            return n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InputException(file, line, "malformed JSON: " + e.getOriginalMessage());
        }
    }

    private static Document document(JsonNode n, Path file, long line) {
        JsonNode text = n.get("text");
        if (text == null || !text.isTextual()) throw new InputException(file, line, "missing \"text\" (a string)");
        String id = n.hasNonNull("id") ? n.get("id").asText() : baseName(file) + "-" + line;
        LocalDate published = null;
        if (n.hasNonNull("published")) {
            try {
                published = LocalDate.parse(n.get("published").asText());
            } catch (DateTimeParseException e) {
                throw new InputException(file, line, "\"published\" is not an ISO date (yyyy-MM-dd): " + n.get("published").asText());
            }
        }
        return new Document(id, str(n, "url"), published, n.hasNonNull("lang") ? n.get("lang").asText() : "ar",
                str(n, "title"), text.asText());
    }

    private static String str(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF);
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage());
        }
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
