package org.raqib.export;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an export may let through from reports: a cell a spreadsheet would run as a formula
 * is neutralised (OWASP's CSV injection rule: a leading =, +, -, @, tab or carriage return
 * gets a leading apostrophe), and only http(s) URLs are written (never javascript:, data: or
 * file:), in every format.
 */
public final class SafeCells {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE]-?\\d+)?");

    private SafeCells() {}

    /** A CSV cell: neutralised, then quoted as RFC 4180 asks when it holds a comma, quote or line break. */
    public static String csvCell(String s) {
        if (s == null || s.isEmpty()) return "";
        String v = s;
        char first = v.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        // a negative number (a longitude west of Greenwich) is data, not a formula
        if (formula && !NUMBER.matcher(v).matches()) v = "'" + v;
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) return v;
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    /** The URL when it is an http(s) URL, else null. */
    public static String httpUrl(String url) {
        if (url == null) return null;
        String u = url.strip().toLowerCase(Locale.ROOT);
        boolean web = u.startsWith("http://") || u.startsWith("https://");
        // no spaces or controls: a URL with them could break out of a cell or attribute
        for (int k = 0; web && k < url.length(); k++) if (Character.isISOControl(url.charAt(k))) web = false;
        return web ? url.strip() : null;
    }
}
