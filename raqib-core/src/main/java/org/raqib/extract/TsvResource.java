package org.raqib.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated word lists shipped beside the rules ('#' starts a comment). */
public final class TsvResource {
    private TsvResource() {}

    public static List<String[]> read(Class<?> owner, String name) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("missing resource " + name + " beside " + owner.getName());
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                for (int i = 0; i < cols.length; i++) cols[i] = cols[i].strip();
                if (cols.length < 2) throw new IllegalStateException(name + ":" + no + ": expected at least two tab-separated columns");
                rows.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
