package org.raqib.input;

import org.raqib.model.Document;

/**
 * A report as read from its input: the document, and the exact bytes it was read from (one
 * JSON line, a whole text or HTML file) with their media type, for the archive to keep unchanged.
 */
public record Captured(Document document, byte[] raw, String mediaType) {}
