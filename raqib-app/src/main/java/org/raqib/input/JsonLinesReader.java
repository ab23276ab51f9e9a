package org.raqib.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import org.raqib.model.Document;

/**
 * The input contract's JSON. Normally one object a line (JSON lines), streamed line by line so
 * that a 50 MB file is never held whole and every error names its line. A file whose first
 * line opens an object without closing it (one pretty-printed object, such as an annotated
 * corpus file) or opens an array (an export) is read whole instead.
 */
final class JsonLinesReader {
    static final String NDJSON = "application/x-ndjson";
    static final String JSON_TYPE = "application/json";
    private static final ObjectMapper JSON = mapper();
    /** For the objects of a whole file, read one after another from one parser. */
    private static final ObjectReader ONE_VALUE = JSON.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Path file;
    private final Charset charset;
    private final int bom;
    private boolean blank = true;

    /** {@code bom}: the length of the byte order mark the file starts with, if any. */
    JsonLinesReader(Path file, Charset charset, int bom) {
        this.file = file;
        this.charset = charset;
        this.bom = bom;
    }

    private static ObjectMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                // a report's text may be long; the default 20 M character cap is for untrusted web input
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                // two "text" fields in one object is a broken export, not a choice to make silently
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        // "{...} junk" on a line is an error, not the object alone
        return JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    /** Gives each document to the sink; returns how many there were. The first bad line ends the reading. */
    long read(Consumer<Captured> sink) {
        return read(sink, e -> {
            throw e;
        });
    }

    /**
     * Gives each document to the sink and each bad line (malformed, too long, undecodable) to
     * {@code problems}, going on with the next line: one broken line never loses the others.
     * Returns how many documents there were. A problem with the file as a whole is thrown.
     */
    long read(Consumer<Captured> sink, Consumer<InputException> problems) {
        try (InputStream in = Files.newInputStream(file)) {
            ByteLines lines = new ByteLines(in);
            CharsetDecoder decoder = TextDecoding.strictDecoder(charset);
            Line line = nextLine(lines, decoder, problems);
            if (line == null) return 0;
            if (opensWholeFileJson(line.text())) {
                Line second = nextLine(lines, decoder, problems);
                boolean anotherObject = second != null && line.text().stripLeading().startsWith("{")
                        && second.text().stripLeading().startsWith("{");
                if (!anotherObject) return readWhole(sink);
                // the next line is an object of its own: JSON lines whose first line was cut short
                problems.accept(new InputException(file, line.number(), "malformed JSON: the object is not closed (a truncated line)"));
                line = second;
            }
            long count = 0;
            for (; line != null; line = nextLine(lines, decoder, problems)) {
                Document d;
                try {
                    d = document(parseLine(line.text(), line.number()), line.number());
                } catch (InputException e) {
                    problems.accept(e);
                    continue;
                }
                sink.accept(new Captured(d, line.raw(), NDJSON));
                count++;
            }
            return count;
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read: " + DocumentReader.reason(e), e);
        }
    }

    /** A line that is not blank: its text, its exact bytes and its 1-based number. */
    private record Line(String text, byte[] raw, long number) {}

    /** The next line that is not blank, reporting and passing over lines too long or not decodable; null at the end. */
    private Line nextLine(ByteLines lines, CharsetDecoder decoder, Consumer<InputException> problems) throws IOException {
        while (true) {
            try {
                if (!lines.next()) return null;
            } catch (ByteLines.TooLong e) {
                blank = false;
                problems.accept(new InputException(file, lines.number(), e.getMessage()));
                continue;
            }
            long no = lines.number();
            int from = no == 1 ? Math.min(bom, lines.length()) : 0;
            String text;
            try {
                text = decode(decoder, lines.bytes(), from, lines.length(), no);
            } catch (InputException e) {
                blank = false;
                problems.accept(e);
                continue;
            }
            if (text.isBlank()) continue;
            blank = false;
            return new Line(text, Arrays.copyOfRange(lines.bytes(), from, lines.length()), no);
        }
    }

    /** Whether the file held nothing but whitespace. */
    boolean blank() { return blank; }

    private String decode(CharsetDecoder decoder, byte[] bytes, int from, int to, long no) {
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            // the charset was chosen from the file's first 64 KB; say so when a later line plainly uses another
            boolean legacy = charset.equals(StandardCharsets.UTF_8) && !TextDecoding.mostlyUtf8(bytes, from, to)
                    && TextDecoding.looksArabic(new String(bytes, from, to - from, TextDecoding.WINDOWS_1256));
            throw new InputException(file, no, "invalid " + charset.name() + " byte sequence"
                    + (legacy ? " (this line reads as Windows-1256; a file must keep to one encoding)" : ""));
        }
    }

    private static boolean opensWholeFileJson(String firstLine) {
        String t = firstLine.strip();
        if (t.startsWith("[")) return true;
        if (!t.startsWith("{")) return false;
        try {
            JSON.readTree(t);
            return false;
        } catch (JsonEOFException e) {
            return true;
        } catch (JsonProcessingException e) {
            return false;   // reported, with its line, when the line is read as JSON lines
        }
    }

    private JsonNode parseLine(String text, long no) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw malformed(e, no, false);
        }
    }

    /** One pretty-printed object, several, or an array of them: each document keeps the exact bytes of its object. */
    private long readWhole(Consumer<Captured> sink) throws IOException {
        byte[] bytes = DocumentReader.readWholeFile(file);
        String json = TextDecoding.decodeStrictly(bytes, bom, bytes.length, charset, file);
        long count = 0;
        try (JsonParser p = JSON.createParser(json)) {
            JsonToken t = p.nextToken();
            boolean array = t == JsonToken.START_ARRAY;
            if (array) t = p.nextToken();
            while (t != null && !(array && t == JsonToken.END_ARRAY)) {
                JsonLocation start = p.currentTokenLocation();
                int from = (int) start.getCharOffset();
                JsonNode node = ONE_VALUE.readValue(p);
                int to = (int) p.currentLocation().getCharOffset();
                Document d = document(node, start.getLineNr());
                boolean whole = count == 0 && !array && isBlank(json, 0, from) && isBlank(json, to, json.length());
                byte[] raw = whole ? bytes : json.substring(from, to).getBytes(charset);
                sink.accept(new Captured(d, raw, JSON_TYPE));
                count++;
                t = p.nextToken();
            }
            if (array && t == null) throw new InputException(file, p.currentLocation().getLineNr(), "malformed JSON: the array is not closed");
            if (array && p.nextToken() != null) {
                throw new InputException(file, p.currentTokenLocation().getLineNr(), "malformed JSON: content after the closing ']'");
            }
        } catch (JsonProcessingException e) {
            throw malformed(e, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), true);
        }
        return count;
    }

    private InputException malformed(JsonProcessingException e, long line, boolean wholeFile) {
        String message = e.getOriginalMessage()
                // Jackson points at its own source ("[Source: REDACTED ...; line: 1, column: 1]"), not at the file
                .replaceAll("\\[Source: [^\\]]*; line: (\\d+), column: (\\d+)\\]", wholeFile ? "line $1, column $2" : "column $2");
        JsonLocation at = e.getLocation();
        String column = at != null && at.getColumnNr() > 0 ? " (column " + at.getColumnNr() + ")" : "";
        return new InputException(file, line, "malformed JSON: " + message + column, e);
    }

    private Document document(JsonNode n, long line) {
        if (!n.isObject()) throw new InputException(file, line, "not a JSON object (found " + kind(n) + ")");
        JsonNode text = n.get("text");
        if (text == null || text.isNull()) throw new InputException(file, line, "missing \"text\"");
        if (!text.isTextual()) throw new InputException(file, line, "\"text\" is not a string (found " + kind(text) + ")");
        String lang = string(n, "lang", line);
        // text goes through untouched: claims carry UTF-16 offsets into it
        return new Document(id(n, line), string(n, "url", line), published(n, line),
                lang == null || lang.isBlank() ? "ar" : lang, string(n, "title", line), text.textValue());
    }

    private String id(JsonNode n, long line) {
        JsonNode id = n.get("id");
        if (id != null && id.isNumber()) return id.asText();   // numeric ids are common in exports
        String s = string(n, "id", line);
        return s == null || s.isBlank() ? DocumentReader.baseName(file) + "-" + line : s;
    }

    private LocalDate published(JsonNode n, long line) {
        String s = string(n, "published", line);
        if (s == null || s.isBlank()) return null;
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new InputException(file, line, "\"published\" is not an ISO date (yyyy-MM-dd): \"" + s + "\"");
        }
    }

    private String string(JsonNode n, String field, long line) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new InputException(file, line, "\"" + field + "\" is not a string (found " + kind(v) + ")");
        return v.textValue();
    }

    private static String kind(JsonNode n) {
        String k = n.getNodeType().name().toLowerCase(Locale.ROOT);
        return (k.equals("array") || k.equals("object") ? "an " : "a ") + k;
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isWhitespace(s.charAt(i))) return false;
        return true;
    }
}
