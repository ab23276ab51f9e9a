package org.raqib.input;

import java.nio.file.Path;

/**
 * Bad input. The message starts with the file and, where known, the line
 * ({@code data/x.jsonl:17: malformed JSON: ...}) so that a run over many files can print it as is.
 */
public final class InputException extends RuntimeException {
    private final transient Path file;
    private final long line;

    public InputException(Path file, long line, String problem, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem, cause);
        this.file = file;
        this.line = line;
    }

    public InputException(Path file, long line, String problem) { this(file, line, problem, null); }

    public InputException(Path file, String problem) { this(file, 0, problem, null); }

    public Path file() { return file; }

    /** The 1-based line the problem is on, or 0 when it concerns the file as a whole. */
    public long line() { return line; }
}
