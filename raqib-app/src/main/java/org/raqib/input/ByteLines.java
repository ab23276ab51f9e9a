package org.raqib.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a byte stream, split at the newline byte. UTF-8 and Windows-1256 both encode
 * '\n' as that byte alone and never inside another character, so each line can be decoded on
 * its own: an encoding error then names its true line, and each document keeps its exact bytes.
 */
final class ByteLines {
    /** A line this long is no report but a runaway file; stop before it exhausts memory. */
    static final int MAX_LINE = 256 << 20;

    /** The current line is longer than the limit ({@link #MAX_LINE} unless told). */
    static final class TooLong extends IOException {
        TooLong(int max) { super("line longer than " + (max >= 1 << 20 ? (max >> 20) + " MB" : max + " bytes") + ", skipped"); }
    }

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int pos, limit;
    private byte[] line = new byte[1 << 12];
    private int length;
    private long number;
    private boolean overflow;
    private final int maxLine;

    ByteLines(InputStream in) { this(in, MAX_LINE); }

    ByteLines(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /**
     * Moves to the next line; false at the end of the stream. A {@link TooLong} is about line
     * {@code number()}, whose bytes were skipped: calling again moves on to the line after it.
     */
    boolean next() throws IOException {
        length = 0;
        overflow = false;
        boolean started = false;
        while (true) {
            if (pos == limit) {
                int n = in.read(buffer);
                if (n < 0) {
                    if (!started) return false;
                    break;
                }
                pos = 0;
                limit = n;
            }
            started = true;
            int from = pos;
            while (pos < limit && buffer[pos] != '\n') pos++;
            append(from, pos - from);
            if (pos < limit) {
                pos++;
                break;
            }
        }
        number++;
        if (overflow) {
            length = 0;
            throw new TooLong(maxLine);
        }
        if (length > 0 && line[length - 1] == '\r') length--;
        return true;
    }

    /** The current line's bytes are {@code bytes()[0, length())}, without the line end. */
    byte[] bytes() { return line; }

    int length() { return length; }

    /** The 1-based number of the current line. */
    long number() { return number; }

    private void append(int from, int n) {
        if (overflow) return;
        if ((long) length + n > maxLine) {
            overflow = true; // the rest of the line is read past, not kept
            return;
        }
        if (length + n > line.length) line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
        System.arraycopy(buffer, from, line, length, n);
        length += n;
    }
}
