package dev.tenantsim.scenario.schema;

import static dev.tenantsim.scenario.schema.Tree.map;
import static dev.tenantsim.scenario.schema.Tree.node;
import static dev.tenantsim.scenario.schema.Tree.value;

import dev.tenantsim.scenario.yaml.YMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules of the drill kinds of {@code events:} that name things elsewhere in the scenario: a
 * {@code regionOutage}'s region is a stack's region, a failover goes to another stack (or region)
 * the topology has, a {@code dependencyOutage}'s dependency is one of {@code request.dependencies},
 * and a control-plane {@code ttl} goes with a cached mapping only.
 */
final class DrillChecks {
    private final Problems problems;

    DrillChecks(Problems problems) {
        this.problems = problems;
    }

    void check(YMap e, String path, String kind, YMap root, Set<String> stacks) {
        Map<String, String> regionOf = regionsOf(map(root, "topology"));
        Set<String> regions = new TreeSet<>(regionOf.values());
        if ("regionOutage".equals(kind) && value(e, "region") instanceof String r && !regions.contains(r)) {
            problems.add(node(e, "region"), path + ".region", r, regions.isEmpty()
                    ? "no stack of this topology has a region; give the stacks a region (topology ... region: eu-west-1)"
                    : "is no stack's region; " + Suggest.hint(r, regions));
        }
        YMap failover = map(e, "failover");
        if (failover != null && value(failover, "to") instanceof String to) {
            String p = path + ".failover.to";
            if ("stackOutage".equals(kind) && stacks != null && !stacks.contains(to)) {
                problems.add(node(failover, "to"), p, to, "unknown stack; " + Suggest.hint(to, stacks));
            } else if ("stackOutage".equals(kind) && to.equals(value(e, "stack"))) {
                problems.add(node(failover, "to"), p, to, "must be another stack than the one that goes down");
            } else if ("regionOutage".equals(kind) && !regions.contains(to)) {
                problems.add(node(failover, "to"), p, to, regions.isEmpty() ? "no stack of this topology has a region"
                        : "is no stack's region; " + Suggest.hint(to, regions));
            } else if ("regionOutage".equals(kind) && to.equals(value(e, "region"))) {
                problems.add(node(failover, "to"), p, to, "must be another region than the one that goes down");
            }
        }
        if ("dependencyOutage".equals(kind) && value(e, "dependency") instanceof String d) {
            YMap deps = map(map(root, "request"), "dependencies");
            Set<String> names = new TreeSet<>();
            if (deps != null) {
                deps.entries().forEach(x -> names.add(x.key()));
            }
            if (!names.contains(d)) {
                problems.add(node(e, "dependency"), path + ".dependency", d, names.isEmpty()
                        ? "this scenario has no request.dependencies; declare the dependency there (e.g. kms)"
                        : "unknown dependency; " + Suggest.hint(d, names));
            }
        }
        if ("hotPath".equals(value(e, "mapping")) && e.has("ttl")) {
            problems.add(node(e, "ttl"), path + ".ttl", "", "goes with mapping: cached only; with the mapping on the hot path"
                    + " nothing is cached");
        }
    }

    /** Each stack's region by report name (stacks without a region left out). */
    static Map<String, String> regionsOf(YMap topology) {
        Map<String, String> out = new LinkedHashMap<>();
        if (topology == null) {
            return out;
        }
        for (String k : new String[] {"pooled", "hybrid"}) {
            YMap pool = "hybrid".equals(k) ? map(map(topology, k), "pool") : map(topology, k);
            if (pool != null && value(pool, "region") instanceof String r) {
                out.put("pool", r);
            }
        }
        YMap cells = map(topology, "cells");
        if (cells != null) {
            for (YMap.Entry g : cells.entries()) {
                if (value(g.value(), "count") instanceof Long n && value(g.value(), "region") instanceof String r) {
                    for (long c = 1; c <= Math.min(n, 10_000); c++) {
                        out.put(g.key() + "-" + c, r);
                    }
                }
            }
        }
        return out;
    }
}
