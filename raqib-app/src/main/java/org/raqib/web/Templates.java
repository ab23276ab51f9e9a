package org.raqib.web;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The page templates ({@code web/templates/*.peb}, Pebble). Pebble escapes every value for
 * HTML unless a template says otherwise, and no template here says otherwise: archived
 * reports are hostile input, and a {@code <script>} in one must reach the page as text.
 */
public final class Templates {
    private final PebbleEngine engine;

    public Templates() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix("web/templates");
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).defaultEscapingStrategy("html")
                .strictVariables(false).build();
    }

    public String render(String name, Map<String, Object> model) {
        StringWriter w = new StringWriter();
        try {
            engine.getTemplate(name).evaluate(w, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
