package org.raqib.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A news report as the claim contract defines its input: {@code published} anchors relative
 * dates and may be null; {@code text} is the body as captured.
 */
public record Document(String id, String url, LocalDate published, String lang, String title, String text) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    public static Document of(String id, String text) {
        return new Document(id, null, null, "ar", null, text);
    }
}
