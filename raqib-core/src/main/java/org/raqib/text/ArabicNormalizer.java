package org.raqib.text;

/**
 * Normalizes Arabic news text for matching: hamza forms of alef to bare alef, hamza on
 * waw/ya to waw/ya, alef maqsura to ya, ta marbuta to ha, tatweel, diacritics and invisible
 * marks removed, Arabic-Indic and Persian digits to ASCII, Arabic punctuation and curly
 * quotes to ASCII, NBSP to space, '_' (hashtags) to space, Latin lowercased.
 * Arabic presentation forms (the shaped letters and ligatures of text copied from PDFs and
 * print editions: ﺗﺼﺎﻋﺪ، ﻻ) become the letters they draw, a ligature two or more.
 * Ya with hamza before waw becomes waw, as waw with hamza does: Egypt's press writes مسئول and
 * شئون for مسؤول and شؤون, and both spellings must read the same.
 * Each char is replaced, deleted or (a ligature) expanded, and every normalized char keeps
 * the index of the original char it came from, so any normalized range maps back.
 */
public final class ArabicNormalizer {
    private static final char DELETE = '\uFFFF';
    private static final char[] TABLE = buildTable();
    private static final char FIRST_FORM = '\uFB50', LAST_FORM = '\uFEFC';
    /** The letters each presentation form draws (Unicode's compatibility decomposition), normalized; null if none. */
    private static final String[] FORMS = buildForms();

    private ArabicNormalizer() {}

    public static NormalizedText normalize(String original) {
        int n = original.length();
        char[] out = new char[n];
        int[] map = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = original.charAt(i);
            String form = c >= FIRST_FORM && c <= LAST_FORM ? FORMS[c - FIRST_FORM] : null;
            if (form != null) {
                if (k + form.length() > out.length) { // a ligature drew more letters than the text has chars
                    out = java.util.Arrays.copyOf(out, out.length + n / 8 + form.length());
                    map = java.util.Arrays.copyOf(map, out.length);
                }
                for (int j = 0; j < form.length(); j++) {
                    out[k] = form.charAt(j);
                    map[k++] = i;
                }
                continue;
            }
            char r = c < TABLE.length ? TABLE[c] : mapRest(c);
            if (r == DELETE || obfuscation(original, i)) continue;
            if (c == '\u0626' && beforeWaw(original, i + 1)) r = '\u0648';
            if (k == out.length) { // ligatures before it drew more letters than they took chars
                out = java.util.Arrays.copyOf(out, out.length + n / 8 + 1);
                map = java.util.Arrays.copyOf(map, out.length);
            }
            out[k] = r;
            map[k] = i;
            k++;
        }
        return new NormalizedText(original, new String(out, 0, k), k == map.length ? map : java.util.Arrays.copyOf(map, k));
    }

    /**
     * "مقـ.ـتل"، "شـ*ـهيد": a dot or star set inside a word beside a tatweel, to slip a word past a site's
     * filters; it is no full stop. (Tatweel itself is deleted like a diacritic.)
     */
    private static boolean obfuscation(String s, int i) {
        char c = s.charAt(i);
        if (c != '.' && c != '*' || i == 0 || i + 1 >= s.length()) return false;
        char before = s.charAt(i - 1), after = s.charAt(i + 1);
        return before == '\u0640' && (after == '\u0640' || arabicLetter(after)) || after == '\u0640' && arabicLetter(before);
    }

    private static boolean arabicLetter(char c) { return c >= '\u0621' && c <= '\u064A' && c != '\u0640'; }

    /** Whether the first letter from index i (past diacritics) is waw: مسئُول. */
    private static boolean beforeWaw(String s, int i) {
        while (i < s.length() && s.charAt(i) < TABLE.length && TABLE[s.charAt(i)] == DELETE) i++;
        return i < s.length() && s.charAt(i) == '\u0648';
    }

    private static String[] buildForms() {
        String[] forms = new String[LAST_FORM - FIRST_FORM + 1];
        for (char c = FIRST_FORM; c <= LAST_FORM; c++) {
            if (!Character.isLetter(c)) continue; // the forms' unassigned points and ornate parentheses
            String letters = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC);
            if (letters.length() == 1 && letters.charAt(0) == c) continue;
            StringBuilder sb = new StringBuilder(letters.length());
            for (int j = 0; j < letters.length(); j++) {
                char x = letters.charAt(j);
                char r = x < TABLE.length ? TABLE[x] : x; // the hamza on أ and the marks on isolated harakat go too
                if (r != DELETE) sb.append(r);
            }
            forms[c - FIRST_FORM] = sb.toString().strip(); // an isolated mark drew a space and itself: nothing
        }
        return forms;
    }

    /** The normalized form of a word or phrase (runs of white space become one space), for building lexicons. */
    public static String normalizeWord(String s) {
        String n = normalize(s).normalized();
        StringBuilder out = null; // made only when a run of white space must be collapsed
        int from = 0, to = n.length();
        while (from < to && Character.isWhitespace(n.charAt(from))) from++;
        while (to > from && Character.isWhitespace(n.charAt(to - 1))) to--;
        for (int i = from; i < to; i++) {
            char c = n.charAt(i);
            boolean space = Character.isWhitespace(c);
            if (out == null && space && (c != ' ' || Character.isWhitespace(n.charAt(i + 1)))) {
                out = new StringBuilder(to - from).append(n, from, i);
            }
            if (out != null) {
                if (!space) out.append(c);
                else if (out.charAt(out.length() - 1) != ' ') out.append(' ');
            }
        }
        return out != null ? out.toString() : n.substring(from, to);
    }

    private static char mapRest(char c) {
        return switch (c) {
            case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u3000' -> ' ';
            case '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D',
                 '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF' -> DELETE;
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
            case '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u2026' -> '.';
            case '\u2028', '\u2029' -> '\n';
            default -> c;
        };
    }

    private static char[] buildTable() {
        char[] t = new char[0x0700];
        for (char c = 0; c < t.length; c++) t[c] = c;
        for (char c = 'A'; c <= 'Z'; c++) t[c] = (char) (c + 32);
        t['_'] = ' ';
        t['\t'] = ' ';
        t['\r'] = ' ';
        t['\u00A0'] = ' ';
        t['\u00AB'] = '"'; // «
        t['\u00BB'] = '"'; // »
        t['\u00AD'] = DELETE; // soft hyphen
        // alef with hamza above/below, madda, wasla -> bare alef
        t['\u0622'] = '\u0627';
        t['\u0623'] = '\u0627';
        t['\u0625'] = '\u0627';
        t['\u0671'] = '\u0627';
        t['\u0672'] = '\u0627';
        t['\u0673'] = '\u0627';
        t['\u0624'] = '\u0648'; // waw with hamza -> waw
        t['\u0626'] = '\u064A'; // ya with hamza -> ya
        t['\u0649'] = '\u064A'; // alef maqsura -> ya
        t['\u06CC'] = '\u064A'; // Farsi ya
        t['\u06A9'] = '\u0643'; // keheh -> kaf
        t['\u0629'] = '\u0647'; // ta marbuta -> ha
        t['\u0640'] = DELETE;   // tatweel
        for (char c = '\u064B'; c <= '\u065F'; c++) t[c] = DELETE; // harakat, shadda, sukun ...
        t['\u0670'] = DELETE;   // superscript alef
        for (char c = '\u06D6'; c <= '\u06ED'; c++) t[c] = DELETE; // Quranic marks
        t['\u0610'] = DELETE; t['\u0611'] = DELETE; t['\u0612'] = DELETE; t['\u0613'] = DELETE;
        t['\u0614'] = DELETE; t['\u0615'] = DELETE; t['\u0616'] = DELETE; t['\u0617'] = DELETE;
        t['\u0618'] = DELETE; t['\u0619'] = DELETE; t['\u061A'] = DELETE;
        t['\u061C'] = DELETE;   // Arabic letter mark
        for (int d = 0; d < 10; d++) {
            t['\u0660' + d] = (char) ('0' + d); // Arabic-Indic
            t['\u06F0' + d] = (char) ('0' + d); // Persian
        }
        t['\u060C'] = ',';  // Arabic comma
        t['\u061B'] = ';';  // Arabic semicolon
        t['\u061F'] = '?';  // Arabic question mark
        t['\u066A'] = '%';  // Arabic percent
        t['\u066B'] = '.';  // Arabic decimal separator
        t['\u066C'] = ',';  // Arabic thousands separator
        t['\u06D4'] = '.';  // Arabic full stop
        return t;
    }
}
