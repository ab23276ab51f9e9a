package org.raqib.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import org.raqib.input.Captured;
import org.raqib.text.TextFingerprint;
import org.raqib.model.Document;

/**
 * A document in the archive: the exact bytes captured ({@code content}), their SHA-256, where
 * and when they were captured, and the report read from them.
 */
public record ArchivedDocument(String sha256, String url, String outlet, Instant capturedAt, LocalDate published,
                               String mediaType, byte[] content, Document document, long fingerprint) {

    /** Archives a captured report; the outlet is given or taken from the URL's host. */
    public static ArchivedDocument of(Captured c, String url, String outlet, Instant capturedAt) {
        Document d = c.document();
        String u = url != null ? url : d.url();
        String o = outlet != null ? outlet : outletOf(u);
        return new ArchivedDocument(sha256(c.raw()), u, o, capturedAt, d.published(), c.mediaType(), c.raw(), d,
                TextFingerprint.of(d.text()));
    }

    /** Whether the stored bytes still hash to the document's address. */
    public boolean verifies() { return sha256(content).equals(sha256); }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String outletOf(String url) {
        if (url == null) return null;
        try {
            String host = java.net.URI.create(url.strip()).getHost();
            if (host == null) return null;
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
