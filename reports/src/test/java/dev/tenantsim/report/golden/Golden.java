package dev.tenantsim.report.golden;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Compares written report text with a golden file under {@code src/test/resources/golden/}.
 * A mismatch fails with a unified-style hunk around the first differing lines.
 *
 * <p>To accept a deliberate change of the report, rewrite the goldens and review the git diff:
 * {@code mvn -B -q -o test -pl reports -am -Dtest='ReportGoldenTest' -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true}
 */
final class Golden {
    /** Where the goldens live, relative to the module folder (surefire's working directory). */
    static final Path DIR = Path.of("src", "test", "resources", "golden");
    static final String UPDATE_PROPERTY = "golden.update";
    /** Unchanged lines shown around a difference, and most changed lines shown per side. */
    static final int CONTEXT = 3;
    static final int MAX_CHANGED = 12;

    private Golden() {
    }

    static boolean updating() {
        return Boolean.getBoolean(UPDATE_PROPERTY);
    }

    /** Fails unless {@code actual} equals the bytes of golden file {@code name} (rewrites it when updating). */
    static void assertMatches(String name, byte[] actual) throws IOException {
        Path golden = DIR.resolve(name);
        if (updating()) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, actual);
            return;
        }
        if (!Files.exists(golden)) {
            fail("golden file " + golden + " is missing; write it with -D" + UPDATE_PROPERTY + "=true and review it");
        }
        byte[] expected = Files.readAllBytes(golden);
        if (!Arrays.equals(expected, actual)) {
            fail(diff(golden.toString(), new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8)));
        }
    }

    static void assertMatches(String name, String actual) throws IOException {
        assertMatches(name, actual.getBytes(StandardCharsets.UTF_8));
    }

    /** A unified-style hunk of the first region where the two texts differ. */
    static String diff(String name, String expected, String actual) {
        List<String> e = lines(expected);
        List<String> a = lines(actual);
        int prefix = 0;
        while (prefix < e.size() && prefix < a.size() && e.get(prefix).equals(a.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < e.size() - prefix && suffix < a.size() - prefix
                && e.get(e.size() - 1 - suffix).equals(a.get(a.size() - 1 - suffix))) {
            suffix++;
        }
        StringBuilder b = new StringBuilder();
        b.append("report differs from golden file ").append(name)
                .append(" (if the change is meant, rerun with -D").append(UPDATE_PROPERTY).append("=true and review the git diff)\n");
        if (prefix == e.size() && prefix == a.size()) {
            return b.append("the lines are equal; the bytes differ (line endings or encoding?)").toString();
        }
        int from = Math.max(0, prefix - CONTEXT);
        int eEnd = e.size() - suffix;
        int aEnd = a.size() - suffix;
        b.append("--- ").append(name).append('\n').append("+++ written report\n");
        int after = Math.min(CONTEXT, suffix);
        b.append(String.format("@@ -%d,%d +%d,%d @@\n", from + 1, eEnd + after - from, from + 1, aEnd + after - from));
        for (int i = from; i < prefix; i++) {
            b.append(' ').append(e.get(i)).append('\n');
        }
        changed(b, '-', e, prefix, eEnd);
        changed(b, '+', a, prefix, aEnd);
        for (int i = eEnd; i < eEnd + after; i++) {
            b.append(' ').append(e.get(i)).append('\n');
        }
        return b.toString();
    }

    /** The lines of a text; a final newline ends the last line rather than starting an empty one. */
    private static List<String> lines(String text) {
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return Arrays.asList(body.split("\n", -1));
    }

    private static void changed(StringBuilder b, char sign, List<String> lines, int from, int to) {
        for (int i = from; i < Math.min(to, from + MAX_CHANGED); i++) {
            b.append(sign).append(lines.get(i)).append('\n');
        }
        if (to - from > MAX_CHANGED) {
            b.append(sign).append("... ").append(to - from - MAX_CHANGED).append(" more changed lines\n");
        }
    }
}
