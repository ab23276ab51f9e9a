package org.raqib.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Decides how a file's bytes are text: UTF-8 (with or without a BOM) when they decode
 * strictly, else legacy Windows-1256 when that yields Arabic. Anything else is refused with a
 * clear message rather than read as garbage, because a report read in the wrong encoding
 * silently yields no claims.
 *
 * <p>Windows-1256 maps every byte, so decoding alone proves nothing; the test is whether the
 * result reads as Arabic. Only non-ASCII letters are weighed, since JSON keys, URLs and HTML
 * markup are ASCII in any encoding and would otherwise outvote a short Arabic text. Latin-1
 * French or Spanish read as Windows-1256 gives Latin letters, or Arabic letters stuck inside
 * Latin words, and is refused.
 */
public final class TextDecoding {
    public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    /** How much of the start of a file is checked for binary content. */
    static final int BINARY_SNIFF = 8192;

    private TextDecoding() {}

    /** The charset of {@code bytes[0, length)}, the whole content: UTF-8 or Windows-1256; else an InputException naming the file. */
    public static Charset detect(byte[] bytes, int length, Path file) {
        return detect(bytes, length, false, file);
    }

    /**
     * As {@link #detect(byte[], int, Path)}; {@code truncated} says the bytes are only the head of
     * the file, so a multi-byte sequence cut at the end is not an error.
     */
    static Charset detect(byte[] bytes, int length, boolean truncated, Path file) {
        checkNotBinary(bytes, length, file);
        int start = bomLength(bytes, length);
        int bad = firstMalformed(StandardCharsets.UTF_8, bytes, start, length, truncated);
        if (bad < 0) return StandardCharsets.UTF_8;
        if (start > 0 || mostlyUtf8(bytes, start, length)) {
            // a BOM or mostly well-formed sequences: damaged UTF-8; Windows-1256 would turn it into plausible-looking Arabic garbage
            throw new InputException(file, lineAt(bytes, bad), "invalid UTF-8 byte sequence");
        }
        if (looksArabic(new String(bytes, start, length - start, WINDOWS_1256))) return WINDOWS_1256;
        throw new InputException(file, "not UTF-8 or Windows-1256 text");
    }

    /**
     * The charset of JSON lines from the file's head. Lines are decoded one by one and a line
     * that does not decode is that line's problem, so the charset is the one the head is
     * mostly in: a stray Windows-1256 or binary line must not lose the file's other lines.
     */
    static Charset detectForLines(byte[] bytes, int length, boolean truncated) {
        int start = bomLength(bytes, length);
        if (start > 0 || firstMalformed(StandardCharsets.UTF_8, bytes, start, length, truncated) < 0
                || mostlyUtf8(bytes, start, length)) {
            return StandardCharsets.UTF_8;
        }
        return looksArabic(new String(bytes, start, length - start, WINDOWS_1256)) ? WINDOWS_1256 : StandardCharsets.UTF_8;
    }

    /** The whole content as text, BOM removed; an InputException naming the file when it is not text. */
    public static String decode(byte[] bytes, Path file) {
        Charset cs = detect(bytes, bytes.length, file);
        int start = bomLength(bytes, bytes.length);
        return new String(bytes, start, bytes.length - start, cs);
    }

    /** {@code bytes[from, to)} in a charset already chosen; an InputException with the line of the first bad sequence. */
    static String decodeStrictly(byte[] bytes, int from, int to, Charset cs, Path file) {
        int bad = firstMalformed(cs, bytes, from, to, false);
        if (bad >= 0) throw new InputException(file, lineAt(bytes, bad), "invalid " + cs.name() + " byte sequence");
        return new String(bytes, from, to - from, cs);
    }

    static int bomLength(byte[] b, int length) {
        return length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    /** Refuses binary content quickly, from its first 8 KB, before anything tries to decode or parse it. */
    static void checkNotBinary(byte[] b, int length, Path file) {
        if (length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
            // otherwise its NUL bytes would make it "binary", which would puzzle whoever saved it from Notepad
            throw new InputException(file, "UTF-16 text, not UTF-8 (save it as UTF-8)");
        }
        int n = Math.min(length, BINARY_SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) throw new InputException(file, "binary file, not text");
            if (c < 0x20 && (c < 0x09 || c > 0x0D) && c != 0x1B || c == 0x7F) control++;
        }
        // a few stray controls (a DOS end-of-file mark, a pasted escape) still leave a text file
        if (control > Math.max(4, n / 20)) throw new InputException(file, "binary file, not text");
    }

    /** A decoder that reports malformed input instead of replacing it. */
    static CharsetDecoder strictDecoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Index of the first byte of {@code b[from, to)} that does not decode, or -1; decodes in chunks so huge input needs no second copy. */
    static int firstMalformed(Charset cs, byte[] b, int from, int to, boolean truncated) {
        CharsetDecoder d = strictDecoder(cs);
        ByteBuffer in = ByteBuffer.wrap(b, from, to - from);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = d.decode(in, out, !truncated);
            if (r.isOverflow()) {
                out.clear();
            } else if (r.isUnderflow()) {
                return -1;
            } else {
                return in.position();
            }
        }
    }

    /** Whether well-formed multi-byte UTF-8 sequences outnumber malformed bytes; Windows-1256 Arabic almost never forms them. */
    static boolean mostlyUtf8(byte[] b, int from, int to) {
        long good = 0, bad = 0;
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            int k = 1;
            while (need > 0 && k <= need && i + k < to && (b[i + k] & 0xC0) == 0x80) k++;
            if (need > 0 && k == need + 1) {
                good++;
                i += k;
            } else {
                bad++;
                i++;
            }
        }
        return good > 4 * bad;
    }

    /** Whether the text reads as Arabic (see the class comment). */
    static boolean looksArabic(CharSequence s) {
        long pureArabic = 0, nonAscii = 0;
        int i = 0, n = s.length();
        while (i < n) {
            if (!isWordChar(s.charAt(i))) {
                i++;
                continue;
            }
            long arabic = 0;
            boolean other = false;
            for (; i < n && isWordChar(s.charAt(i)); i++) {
                char c = s.charAt(i);
                if (!Character.isLetter(c)) continue;
                if (c >= '\u0600' && c <= '\u06FF') arabic++;
                else other = true;
                if (c >= 0x80) nonAscii++;
            }
            if (!other) pureArabic += arabic;
        }
        return pureArabic > 0 && pureArabic * 2 >= nonAscii;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** The 1-based line of a byte offset. */
    static long lineAt(byte[] b, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) if (b[i] == '\n') line++;
        return line;
    }
}
