package org.raqib.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a rule set's data files are read from: the ones built into the jar (beside this
 * class), or a directory, so that a changed rule set can be loaded beside the running one
 * without a restart.
 */
public abstract class RuleSource {
    /** The rule files built into the jar. */
    public static RuleSource classpath() { return new Beside(RuleSource.class, "classpath:org/raqib/rules/"); }

    /** Data files beside a class (for data that is not rules, such as the divisions of the gazetteer). */
    public static RuleSource beside(Class<?> owner) {
        return new Beside(owner, "classpath:" + owner.getPackageName().replace('.', '/') + "/");
    }

    /** The rule files of a directory (the same names as the built-in ones). */
    public static RuleSource directory(Path dir) { return new Directory(dir); }

    /** The file's contents; a missing file is an error naming it. */
    public abstract InputStream open(String name);

    /** How a message names the file (its path, or its place in the jar). */
    public abstract String describe(String name);

    private static final class Beside extends RuleSource {
        private final Class<?> owner;
        private final String prefix;

        Beside(Class<?> owner, String prefix) {
            this.owner = owner;
            this.prefix = prefix;
        }

        @Override
        public InputStream open(String name) {
            InputStream in = owner.getResourceAsStream(name);
            if (in == null) throw new RuleFileException(describe(name) + ": missing rule file");
            return in;
        }

        @Override
        public String describe(String name) { return prefix + name; }
    }

    private static final class Directory extends RuleSource {
        private final Path dir;

        Directory(Path dir) { this.dir = dir; }

        @Override
        public InputStream open(String name) {
            Path p = dir.resolve(name);
            try {
                return Files.newInputStream(p);
            } catch (IOException e) {
                throw new RuleFileException(p + ": cannot read rule file (" + e.getMessage() + ")");
            }
        }

        @Override
        public String describe(String name) { return dir.resolve(name).toString(); }
    }
}
