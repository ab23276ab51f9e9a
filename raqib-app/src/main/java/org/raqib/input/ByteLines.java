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

    /** The current line is longer than {@link #MAX_LINE}. */
    static final class TooLong extends IOException {
        TooLong() { super("line longer than " + (MAX_LINE >> 20) + " MB"); }
    }

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int pos, limit;
    private byte[] line = new byte[1 << 12];
    private int length;
    private long number;

    ByteLines(InputStream in) { this.in = in; }

    /** Moves to the next line; false at the end of the stream. A {@link TooLong} is about line {@code number() + 1}. */
    boolean next() throws IOException {
        length = 0;
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
        if (length > 0 && line[length - 1] == '\r') length--;
        number++;
        return true;
    }

    /** The current line's bytes are {@code bytes()[0, length())}, without the line end. */
    byte[] bytes() { return line; }

    int length() { return length; }

    /** The 1-based number of the current line. */
    long number() { return number; }

    private void append(int from, int n) throws TooLong {
        if ((long) length + n > MAX_LINE) throw new TooLong();
        if (length + n > line.length) line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
        System.arraycopy(buffer, from, line, length, n);
        length += n;
    }
}
