package org.raqib.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape the code keeps so that the next engineer can read it: packages by capability with
 * no cycle between them (a cycle makes two packages one in all but name), and classes short
 * enough to read in one sitting. Read from the sources of both modules.
 */
class PackageStructureTest {
    private static final List<Path> SOURCES = List.of(Path.of("../raqib-core/src/main/java"), Path.of("src/main/java"));
    /** org.raqib.x.Y or org.raqib.x.y.Z, in an import or written out in code. */
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.raqib\\.((?:[a-z][a-z0-9]*\\.)*[a-z][a-z0-9]*)\\.[A-Z]");
    private static final int MAX_LINES = 420;

    @Test
    void noPackageDependsOnItselfThroughOthers() throws IOException {
        Map<String, Set<String>> uses = dependencies();
        assertThat(uses).containsKeys("extract", "resolve", "link", "assess", "store", "web", "pipeline");
        List<String> cycles = new ArrayList<>();
        for (String p : uses.keySet()) {
            List<String> path = pathBack(p, uses);
            if (path != null) cycles.add(String.join(" -> ", path));
        }
        assertThat(cycles).as("package cycles").isEmpty();
    }

    @Test
    void everyClassReadsInOneSitting() throws IOException {
        Map<String, Integer> tooLong = new TreeMap<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                    int lines = Files.readAllLines(f).size();
                    if (lines > MAX_LINES) tooLong.put(root.relativize(f).toString(), lines);
                }
            }
        }
        assertThat(tooLong).as("classes over " + MAX_LINES + " lines").isEmpty();
    }

    /** The path p -> ... -> p when p reaches itself, else null. */
    private static List<String> pathBack(String p, Map<String, Set<String>> uses) {
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> todo = new ArrayDeque<>(uses.getOrDefault(p, Set.of()));
        for (String q : todo) cameFrom.put(q, p);
        Set<String> seen = new HashSet<>(todo);
        while (!todo.isEmpty()) {
            String q = todo.poll();
            if (q.equals(p)) {
                List<String> path = new ArrayList<>();
                String at = cameFrom.get(p);
                path.add(p);
                while (!at.equals(p)) {
                    path.addFirst(at);
                    at = cameFrom.get(at);
                }
                path.addFirst(p);
                return path;
            }
            for (String r : uses.getOrDefault(q, Set.of())) {
                if (seen.add(r)) {
                    cameFrom.put(r, q);
                    todo.add(r);
                }
            }
        }
        return null;
    }

    /** Package (below org.raqib) → the packages its classes refer to. */
    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                    String pkg = root.relativize(f.getParent()).toString().replace('/', '.').replaceFirst("^org\\.raqib\\.?", "");
                    Set<String> out = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
                    Matcher m = REFERENCE.matcher(withoutComments(Files.readString(f)));
                    while (m.find()) {
                        String used = m.group(1);
                        if (!used.equals(pkg)) out.add(used);
                    }
                }
            }
        }
        return uses;
    }

    private static String withoutComments(String java) {
        return java.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    }
}
