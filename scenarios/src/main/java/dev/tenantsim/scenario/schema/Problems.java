package dev.tenantsim.scenario.schema;

import dev.tenantsim.scenario.Problem;
import dev.tenantsim.scenario.yaml.Location;
import dev.tenantsim.scenario.yaml.YNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Collects problems while validating, so that every problem is reported at once. When checking a
 * variant merged over the base, only problems on the variant's own nodes are kept (the base's
 * were reported already) and their paths get the variant's prefix.
 */
public final class Problems {
    private final Set<Problem> problems = new LinkedHashSet<>();
    private final String prefix;
    private final Predicate<YNode> owned;
    private final Problems parent;

    public Problems() {
        this(null, "", n -> true);
    }

    private Problems(Problems parent, String prefix, Predicate<YNode> owned) {
        this.parent = parent;
        this.prefix = prefix;
        this.owned = owned;
    }

    /** A view that records into this collector problems on {@code owned} nodes, paths prefixed. */
    public Problems scoped(String pathPrefix, Predicate<YNode> ownedNodes) {
        return new Problems(this, pathPrefix, ownedNodes);
    }

    public void add(YNode node, String path, String found, String rule) {
        add(node, node == null ? Location.NONE : node.location(), path, found, rule);
    }

    public void add(YNode node, Location location, String path, String found, String rule) {
        if (node != null && !owned.test(node)) {
            return;
        }
        String full = prefix.isEmpty() ? path : path.isEmpty() ? prefix : prefix + "." + path;
        Problem p = new Problem(location, full, found, rule);
        if (parent != null) {
            parent.problems.add(p);
        } else {
            problems.add(p);
        }
    }

    /** Whether a problem on {@code node} would be kept (false for base nodes while checking a variant). */
    public boolean owns(YNode node) {
        return node == null || owned.test(node);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** All problems in file order (line, then column); problems without a location last. */
    public List<Problem> sorted() {
        List<Problem> list = new ArrayList<>(problems);
        list.sort(Comparator.comparingInt((Problem p) -> p.location().known() ? p.location().line() : Integer.MAX_VALUE)
                .thenComparingInt(p -> p.location().column()));
        return list;
    }
}
