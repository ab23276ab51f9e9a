package org.raqib.cli;

import org.raqib.pipeline.Progress;
import java.io.PrintWriter;

/**
 * Progress of long work on standard error: a bar redrawn in place on a terminal, a line
 * every few seconds otherwise (logs, CI), and always a final line.
 */
final class ProgressBar implements Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final String task;
    private final boolean terminal = System.console() != null;
    private long lastLine;

    ProgressBar(PrintWriter err, String task) {
        this.err = err;
        this.task = task;
    }

    @Override
    public void update(long done, long total, String detail) {
        long now = System.nanoTime();
        if (terminal) {
            err.print("\r" + line(done, total, detail) + "\u001B[K");
            err.flush();
        } else if (now - lastLine > 3_000_000_000L) {
            err.println(line(done, total, detail));
            lastLine = now;
        }
    }

    @Override
    public void finish(long done, long total, String detail) {
        if (terminal) err.print("\r");
        err.println(line(done, total, detail) + (terminal ? "\u001B[K" : ""));
        err.flush();
    }

    private String line(long done, long total, String detail) {
        StringBuilder sb = new StringBuilder("raqib: ").append(task).append(' ');
        if (total > 0) {
            int filled = (int) (WIDTH * Math.min(done, total) / total);
            sb.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ")
                    .append(done).append('/').append(total).append(' ');
        } else {
            sb.append(done).append(' ');
        }
        return sb.append(detail).toString();
    }
}
