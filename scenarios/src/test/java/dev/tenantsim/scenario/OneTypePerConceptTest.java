package dev.tenantsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One type per concept (issue 16), read from the sources of every product module (all modules
 * but {@code benchmarks}): no two production classes share a simple name, across modules or within
 * one, and no production class is over {@value #MAX_LINES} lines.
 *
 * <p>{@link #ALLOWED} holds the justified exceptions (at most two, each with its reason).
 * {@link #PENDING_ISSUE_16} holds what other changes of issue 16 are fixing right now; it is
 * checked to be still true, so an entry whose fix has merged fails here with "remove from
 * PENDING" and the list only shrinks.
 */
final class OneTypePerConceptTest {
    static final int MAX_LINES = 420;

    /** Simple names two production classes may share, with the reason. */
    static final Map<String, String> ALLOWED = Map.of();

    /** Clashes and big classes being fixed by other changes of issue 16; remove each as it merges. */
    static final Set<String> PENDING_ISSUE_16 = Set.of();

    /** Simple name → the module-relative paths of the classes that have it. */
    private static final Map<String, List<String>> byName = new TreeMap<>();
    /** Simple name → line count, for classes over the limit. */
    private static final Map<String, Integer> big = new TreeMap<>();
    private static final Set<String> modules = new TreeSet<>();

    @BeforeAll
    static void scanSources() throws IOException {
        Path root = reactorRoot();
        try (Stream<Path> children = Files.list(root)) {
            for (Path module : children.sorted().toList()) {
                Path src = module.resolve("src/main/java");
                if (!Files.isDirectory(src) || module.getFileName().toString().equals("benchmarks")) {
                    continue;
                }
                modules.add(module.getFileName().toString());
                try (Stream<Path> files = Files.walk(src)) {
                    files.filter(f -> f.toString().endsWith(".java"))
                            .filter(f -> !f.getFileName().toString().equals("package-info.java")
                                    && !f.getFileName().toString().equals("module-info.java"))
                            .sorted().forEach(f -> record(module, f));
                }
            }
        }
    }

    private static void record(Path module, Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.java$", "");
        byName.computeIfAbsent(name, k -> new ArrayList<>())
                .add(module.getFileName() + ":" + module.resolve("src/main/java").relativize(file));
        try (Stream<String> lines = Files.lines(file)) {
            long n = lines.count();
            if (n > MAX_LINES) {
                big.merge(name, (int) n, Math::max);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The reactor root: Surefire's {@code tenantsim.root} (the parent pom sets it to
     * {@code maven.multiModuleProjectDirectory}), else the first folder up from the working
     * directory that holds this module.
     */
    static Path reactorRoot() {
        String prop = System.getProperty("tenantsim.root");
        if (prop != null && !prop.isBlank() && isRoot(Path.of(prop))) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (isRoot(p)) {
                return p;
            }
        }
        throw new AssertionError("no reactor root (a folder with pom.xml and scenarios/src/main/java) above "
                + Path.of("").toAbsolutePath() + " and tenantsim.root (" + prop + ") is not one");
    }

    private static boolean isRoot(Path p) {
        return Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("scenarios/src/main/java"))
                && Files.isDirectory(p.resolve("sim-engine/src/main/java"));
    }

    @Test
    void theScanSeesEveryProductModuleAndNotTheBenchmarks() {
        assertTrue(modules.containsAll(List.of("workload-models", "sim-engine", "placement-strategies", "cost-model",
                "reports", "scenarios")), "modules scanned: " + modules);
        assertTrue(!modules.contains("benchmarks"), "benchmarks are not a product module");
        assertTrue(byName.size() > 100, "only " + byName.size() + " classes found");
    }

    @Test
    void noTwoProductionClassesShareASimpleName() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byName.entrySet()) {
            String name = e.getKey();
            List<String> where = e.getValue();
            boolean clash = where.size() > 1;
            if (clash && !ALLOWED.containsKey(name) && !PENDING_ISSUE_16.contains("clash " + name)) {
                problems.add(name + " is defined " + where.size() + " times: " + where
                        + " — rename so each name says which concept it is");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void noTwoClassesOfOneModuleShareASimpleName() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byName.entrySet()) {
            Set<String> seen = new TreeSet<>();
            for (String w : e.getValue()) {
                String module = w.substring(0, w.indexOf(':'));
                if (!seen.add(module)) {
                    problems.add(e.getKey() + " twice in " + module + ": " + e.getValue());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void noProductionClassIsOverTheLineLimit() {
        List<String> problems = new ArrayList<>();
        big.forEach((name, lines) -> {
            if (!PENDING_ISSUE_16.contains("big " + name)) {
                problems.add(name + " has " + lines + " lines (limit " + MAX_LINES + "): split it by job");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void theAllowListIsShortJustifiedAndStillNeeded() {
        assertTrue(ALLOWED.size() <= 2, "at most two allowed clashes: " + ALLOWED.keySet());
        ALLOWED.forEach((name, reason) -> {
            assertTrue(reason != null && reason.length() > 20, name + ": say why the two types share a name");
            assertTrue(byName.getOrDefault(name, List.of()).size() > 1, name + " no longer clashes: remove it from ALLOWED");
        });
    }

    /** Each pending entry is still true; once its fix merges, delete the entry. */
    @Test
    void everyPendingEntryIsStillPending() {
        List<String> stale = new ArrayList<>();
        for (String entry : new TreeSet<>(PENDING_ISSUE_16)) {
            String name = entry.substring(entry.indexOf(' ') + 1);
            if (entry.startsWith("clash ")) {
                if (byName.getOrDefault(name, List.of()).size() < 2) {
                    stale.add(entry + ": no longer clashes — remove from PENDING_ISSUE_16");
                }
            } else if (entry.startsWith("big ")) {
                if (!big.containsKey(name)) {
                    stale.add(entry + ": no longer over " + MAX_LINES + " lines — remove from PENDING_ISSUE_16");
                }
            } else {
                fail("a PENDING_ISSUE_16 entry is 'clash <Name>' or 'big <Name>': " + entry);
            }
        }
        assertEquals(List.of(), stale);
    }
}
