package org.raqib.input;

import java.nio.file.Path;

/** Bad input: the message starts with the file and, where known, the line ("x.jsonl:17: ..."). */
public final class InputException extends RuntimeException {
    private final transient Path file;
    private final long line;

    public InputException(Path file, long line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public InputException(Path file, String problem) { this(file, 0, problem); }

    public Path file() { return file; }

    public long line() { return line; }
}
