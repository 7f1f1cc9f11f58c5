package dev.tenantsim.web;

import dev.tenantsim.scenario.yaml.YList;
import dev.tenantsim.scenario.yaml.YMap;
import dev.tenantsim.scenario.yaml.YNode;
import dev.tenantsim.scenario.yaml.YScalar;
import java.util.stream.Collectors;

/**
 * A scenario subtree as one line of flow YAML that reads back to the same tree: strings in double
 * quotes (so {@code "00:30"} stays a string), numbers, sizes, durations and rates as written. The
 * pages build their scenarios as {@code Setting}s over the file (path = flow YAML), the form the
 * sweeps already validate and run.
 */
final class YamlFlow {
    private YamlFlow() {
    }

    static String of(YNode n) {
        if (n instanceof YScalar s) {
            return s.type() == YScalar.Type.STRING ? quote(s.text()) : s.text();
        }
        if (n instanceof YList l) {
            return l.items().stream().map(YamlFlow::of).collect(Collectors.joining(", ", "[ ", " ]"));
        }
        YMap m = (YMap) n;
        return m.entries().stream().map(e -> e.key() + ": " + of(e.value())).collect(Collectors.joining(", ", "{ ", " }"));
    }

    /** A string scalar (written in double quotes). */
    static YScalar string(String text) {
        return new YScalar(dev.tenantsim.scenario.yaml.Location.NONE, text, YScalar.Type.STRING);
    }

    /** A number scalar, written as given. */
    static YScalar number(String text) {
        return new YScalar(dev.tenantsim.scenario.yaml.Location.NONE, text, text.contains(".") ? YScalar.Type.FLOAT : YScalar.Type.INTEGER);
    }

    static String quote(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c >= ' ') {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
