package org.raqib.cli;

import java.util.Locale;

/**
 * How a user names a stored document: its SHA-256 as {@code show} prints it
 * ({@code sha256:ab12...}), the bare hash or a prefix of it, or its input id.
 */
record DocumentKey(String key, boolean hashPrefix) {
    /** The shortest hash prefix looked up, as the store requires. */
    static final int MIN_PREFIX = 6;

    static DocumentKey parse(String given) {
        String k = given.strip();
        boolean labelled = k.regionMatches(true, 0, "sha256:", 0, 7);
        if (labelled) k = k.substring(7).toLowerCase(Locale.ROOT);
        return new DocumentKey(k, labelled || k.matches("[0-9a-fA-F]{1,64}"));
    }

    /** Why nothing was found, in words: a too short prefix is not "no such document". */
    String notFound() {
        if (hashPrefix && key.length() < MIN_PREFIX) {
            return "no stored document '" + key + "': no document has that id, and it is too short a hash prefix "
                    + "(give at least " + MIN_PREFIX + " characters of the SHA-256)";
        }
        return "no stored document '" + key + "'";
    }
}
