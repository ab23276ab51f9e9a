package org.raqib.web;

import java.time.Instant;
import java.time.LocalDate;
import org.raqib.store.ArchivedDocument;

/** An archived document's metadata, without its text or bytes. */
public record DocumentInfo(String sha256, String inputId, String url, String outlet, Instant capturedAt,
                           LocalDate published, String mediaType, String title, int textLength, int byteLength) {
    public static DocumentInfo of(ArchivedDocument d) {
        return new DocumentInfo(d.sha256(), d.document().id(), d.url(), d.outlet(), d.capturedAt(), d.published(),
                d.mediaType(), d.document().title(), d.document().text().length(), d.content().length);
    }
}
