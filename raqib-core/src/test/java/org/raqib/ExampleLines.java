package org.raqib;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The lines of an example corpus beside a test class, without comments and blank lines. */
public final class ExampleLines {
    private ExampleLines() {}

    public static List<String> of(Class<?> owner, String name) throws Exception {
        var in = owner.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("missing " + name + " beside " + owner.getName());
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
