package org.raqib.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the example corpora (*.examples) that sit beside the rules and run as tests. */
final class ExampleCorpus {
    /** A report text with its expected lines ("none" when no claim is expected). */
    record Example(int line, String text, List<String> expected) {
        String name() {
            String t = text.replace('\n', ' ');
            return "line " + line + ": " + (t.length() > 70 ? t.substring(0, 70) + "…" : t);
        }
    }

    private ExampleCorpus() {}

    static List<String> lines(String resource) throws IOException {
        var in = ExampleCorpus.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing " + resource);
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) out.add(l);
        }
        return out;
    }

    /** Blocks of "> text" lines followed by expectation lines, separated by blank lines. */
    static List<Example> blocks(String resource) throws IOException {
        List<Example> out = new ArrayList<>();
        List<String> lines = lines(resource);
        StringBuilder text = null;
        List<String> expected = null;
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String l = i < lines.size() ? lines.get(i) : "";
            if (l.startsWith("#")) continue;
            if (l.startsWith("> ")) {
                if (text == null || !expected.isEmpty()) {
                    if (text != null) out.add(new Example(start, text.toString(), expected));
                    text = new StringBuilder();
                    expected = new ArrayList<>();
                    start = i + 1;
                } else {
                    text.append('\n');
                }
                text.append(l.substring(2));
            } else if (!l.isBlank()) {
                if (text == null) throw new IllegalStateException(resource + ":" + (i + 1) + ": expectation before any text");
                expected.add(l.strip());
            } else if (text != null && !expected.isEmpty()) {
                out.add(new Example(start, text.toString(), expected));
                text = null;
                expected = null;
            }
        }
        if (text != null) throw new IllegalStateException(resource + ":" + start + ": text with no expectation");
        return out;
    }
}
