package org.raqib.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The interface language of a page: Arabic (right to left) or English, chosen by the
 * {@code lang} parameter, else the browser's first preference; with its messages
 * ({@code web/i18n/messages_*.properties}, UTF-8).
 */
public record Lang(String code, String dir, Map<String, String> t) {
    private static final Lang EN = load("en", "ltr");
    private static final Lang AR = load("ar", "rtl");

    public static Lang of(String param, String acceptLanguage) {
        if (param != null) return param.equalsIgnoreCase("ar") ? AR : EN;
        return acceptLanguage != null && acceptLanguage.strip().toLowerCase().startsWith("ar") ? AR : EN;
    }

    public static Lang english() { return EN; }

    public static Lang arabic() { return AR; }

    /** The other language, for the switch. */
    public Lang other() { return this == AR ? EN : AR; }

    public String get(String key) { return t.getOrDefault(key, key); }

    private static Lang load(String code, String dir) {
        Properties p = new Properties();
        try (InputStream in = Lang.class.getResourceAsStream("/web/i18n/messages_" + code + ".properties")) {
            if (in == null) throw new IllegalStateException("missing messages for " + code);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> m = new HashMap<>();
        p.forEach((k, v) -> m.put((String) k, (String) v));
        return new Lang(code, dir, Map.copyOf(m));
    }
}
