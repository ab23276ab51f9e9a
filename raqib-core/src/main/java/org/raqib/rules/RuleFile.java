package org.raqib.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one reader of rule files: tab-separated rows, '#' starts a comment line. Every problem
 * (too few or too many columns, an unknown kind, a number that is not one) is reported as
 * "file:line: problem" and stops the loading: a rule set with a bad row is never used.
 */
public final class RuleFile {
    private RuleFile() {}

    /**
     * A row of a rule file: the file's name (harm.tsv), how errors name it (its path or place
     * in the jar), its line and its columns.
     */
    public record Row(String name, String file, int line, String[] cols) {
        /** The rule's name: the file and line it stands on, e.g. "harm.tsv:14". */
        public String where() { return name + ":" + line; }

        public String col(int i) { return cols[i]; }

        /** An optional column, or {@code otherwise} when the row stops before it. */
        public String col(int i, String otherwise) { return i < cols.length && !cols[i].isEmpty() ? cols[i] : otherwise; }

        /** A column that names one of a closed set of kinds (written lower case, '-' for '_'). */
        public <E extends Enum<E>> E kind(int i, Class<E> type) {
            String v = cols[i];
            try {
                return Enum.valueOf(type, v.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                List<String> known = Arrays.stream(type.getEnumConstants())
                        .map(k -> k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).toList();
                throw fail("unknown " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT) + " '" + v
                        + "' in column " + (i + 1) + " (one of " + String.join(", ", known) + ")");
            }
        }

        /** A column that must be one of the given words. */
        public String oneOf(int i, String... words) {
            for (String w : words) if (w.equals(cols[i])) return w;
            throw fail("'" + cols[i] + "' in column " + (i + 1) + " is not one of " + String.join(", ", words));
        }

        public long number(int i) {
            try {
                return Long.parseLong(cols[i]);
            } catch (NumberFormatException e) {
                throw fail("'" + cols[i] + "' in column " + (i + 1) + " is not a number");
            }
        }

        public RuleFileException fail(String problem) { return new RuleFileException(file + ":" + line + ": " + problem); }
    }

    /** The rows of {@code name}, each with between {@code minCols} and {@code maxCols} columns. */
    public static List<Row> read(RuleSource source, String name, int minCols, int maxCols) {
        String file = source.describe(name);
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(source.open(name), StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                for (int i = 0; i < cols.length; i++) cols[i] = cols[i].strip();
                Row row = new Row(name, file, no, cols);
                if (cols.length < minCols || cols.length > maxCols) {
                    String want = minCols == maxCols ? String.valueOf(minCols) : minCols + " to " + maxCols;
                    throw row.fail("expected " + want + " tab-separated columns, found " + cols.length);
                }
                if (cols[0].isEmpty()) throw row.fail("empty first column");
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        return rows;
    }
}
