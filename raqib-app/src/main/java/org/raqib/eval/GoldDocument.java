package org.raqib.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.raqib.json.ClaimJson;
import org.raqib.model.Document;

/**
 * One annotated document of a corpus ({@code shared/corpus/README.md}): the input document,
 * its gold claims in file order, the annotator's notes (may be null), and the label of the
 * real event the report is about ({@code incident}, null when it has none).
 */
public record GoldDocument(Document document, List<GoldClaim> gold, String notes, String incident) {

    public GoldDocument {
        if (document == null) throw new IllegalArgumentException("gold document without a document");
        gold = List.copyOf(gold == null ? List.of() : gold);
    }

    public GoldDocument(Document document, List<GoldClaim> gold, String notes) {
        this(document, gold, notes, null);
    }

    public String id() { return document.id(); }

    /**
     * Reads one corpus file.
     *
     * @throws IOException when the file cannot be read or is not a valid gold document; the
     *     message names the file and, for a bad claim, its index and field
     *     (e.g. {@code dev-05.json: gold[1]: kind: unknown code 'incidnet'})
     */
    public static GoldDocument read(Path file) throws IOException {
        try {
            return fromJson(ClaimJson.mapper().readTree(file.toFile()));
        } catch (IOException | RuntimeException e) {
            // Jackson's own messages say where in the text, not which file: add the file.
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Every {@code *.json} file directly in {@code dir}, sorted by file name. */
    public static List<GoldDocument> readDir(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
        List<GoldDocument> docs = new ArrayList<>();
        for (Path f : files) docs.add(read(f));
        return docs;
    }

    /**
     * A gold document from its JSON object. A missing {@code gold} array is an error rather
     * than "no claims": it means the file is an input document, not an annotated one.
     *
     * @throws IllegalArgumentException naming the claim index and field that is malformed
     */
    public static GoldDocument fromJson(JsonNode n) {
        Document doc = ClaimJson.documentFromJson(n);
        JsonNode gold = n.get("gold");
        if (gold == null || !gold.isArray()) throw new IllegalArgumentException("no 'gold' array");
        List<GoldClaim> claims = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            try {
                claims.add(GoldClaim.fromJson(gold.get(i), doc.id()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("gold[" + i + "]: " + e.getMessage(), e);
            }
        }
        JsonNode notes = n.get("notes");
        JsonNode incident = n.get("incident");
        if (incident != null && !incident.isNull() && !incident.isTextual()) {
            throw new IllegalArgumentException("incident: expected a string or null, got " + incident);
        }
        return new GoldDocument(doc, claims, notes == null || notes.isNull() ? null : notes.asText(),
                incident == null || incident.isNull() ? null : incident.textValue());
    }
}
