package org.raqib.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Decides how a file's bytes are text: UTF-8 (with or without a BOM) when they decode
 * strictly, else legacy Windows-1256 when that yields mostly Arabic letters; binary files
 * and other encodings are refused with a clear message rather than read as garbage.
 */
public final class TextDecoding {
    public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final int SNIFF = 8192;

    private TextDecoding() {}

    /** The charset of the bytes, or an InputException naming the file. */
    public static Charset detect(byte[] bytes, int length, Path file) {
        checkNotBinary(bytes, length, file);
        int start = bomLength(bytes, length);
        if (decodes(StandardCharsets.UTF_8, bytes, start, length)) return StandardCharsets.UTF_8;
        if (decodes(WINDOWS_1256, bytes, start, length) && mostlyArabic(new String(bytes, start, length - start, WINDOWS_1256))) {
            return WINDOWS_1256;
        }
        throw new InputException(file, "not UTF-8 or Windows-1256 text");
    }

    /** The whole content as text (BOM removed). */
    public static String decode(byte[] bytes, Path file) {
        Charset cs = detect(bytes, bytes.length, file);
        int start = bomLength(bytes, bytes.length);
        return new String(bytes, start, bytes.length - start, cs);
    }

    static int bomLength(byte[] b, int length) {
        return length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    static void checkNotBinary(byte[] b, int length, Path file) {
        int n = Math.min(length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) throw new InputException(file, "binary file, not text");
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) control++;
        }
        if (n > 0 && control * 10 > n) throw new InputException(file, "binary file, not text");
    }

    private static boolean decodes(Charset cs, byte[] b, int start, int length) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            // a sniffed prefix may end inside a UTF-8 sequence: drop up to 3 trailing bytes of an incomplete one
            int end = length;
            if (cs == StandardCharsets.UTF_8) end = completeUtf8End(b, start, length);
            d.decode(ByteBuffer.wrap(b, start, end - start));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int completeUtf8End(byte[] b, int start, int length) {
        int k = length;
        for (int back = 1; back <= 3 && length - back >= start; back++) {
            int c = b[length - back] & 0xFF;
            if ((c & 0xC0) == 0x80) continue;                   // continuation byte
            int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            if (need > back) k = length - back;               // the last sequence is cut
            break;
        }
        return k;
    }

    private static boolean mostlyArabic(String s) {
        int letters = 0, arabic = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c)) continue;
            letters++;
            if (c >= '\u0600' && c <= '\u06FF') arabic++;
        }
        return letters > 0 && arabic * 2 >= letters;
    }

    /** A decoder that reports malformed input, for streaming a file already sniffed. */
    static CharsetDecoder strictDecoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
