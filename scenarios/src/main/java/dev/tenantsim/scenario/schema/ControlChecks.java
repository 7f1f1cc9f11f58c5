package dev.tenantsim.scenario.schema;

import static dev.tenantsim.scenario.schema.Tree.list;
import static dev.tenantsim.scenario.schema.Tree.map;
import static dev.tenantsim.scenario.schema.Tree.node;
import static dev.tenantsim.scenario.schema.Tree.value;

import dev.tenantsim.scenario.yaml.YMap;
import dev.tenantsim.scenario.yaml.YNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rules of the {@code controls:} section that span fields: per-tier maps name defined tiers;
 * a bulkhead is a share of every DB pool its tier may land on and, with the other bulkheads
 * there, leaves at least one connection to the tiers without one (the engine's rule); a circuit
 * breaker needs requests that call the DB.
 */
final class ControlChecks {
    static final List<String> PER_TIER = List.of("dbConnectionQuota", "statementTimeout", "rateLimit", "concurrencyCap",
            "circuitBreaker", "bulkhead", "cacheQuota");

    private final Problems problems;

    ControlChecks(Problems problems) {
        this.problems = problems;
    }

    void check(YMap root, YMap controls, Set<String> tiers) {
        for (String key : PER_TIER) {
            SemanticChecks.tierKeys(problems, map(controls, key), "controls." + key, tiers);
        }
        YMap request = map(root, "request");
        YMap breakers = map(controls, "circuitBreaker");
        if (breakers != null && request != null && request.has("appCpu") && !request.has("dbCpu") && !request.has("dbIo")) {
            problems.add(breakers, "controls.circuitBreaker", String.join(", ", breakers.keys()),
                    "has no effect: requests make no DB calls (give request.dbCpu or request.dbIo)");
        }
        Map<String, YNode> bulkheads = new LinkedHashMap<>();
        YMap b = map(controls, "bulkhead");
        if (b != null) {
            for (YMap.Entry e : b.entries()) {
                if (value(e.value(), "connections") instanceof Long && tiers.contains(e.key())) {
                    bulkheads.put(e.key(), node(e.value(), "connections"));
                }
            }
        }
        YMap topology = map(root, "topology");
        if (!bulkheads.isEmpty() && topology != null) {
            for (Pool p : pools(topology)) {
                checkBulkheads(b, bulkheads, p);
            }
        }
    }

    /** A stack's DB pool: its path, its maxConnections node, the tiers that may land there (null: any), one tenant or many. */
    private record Pool(String path, YNode maxConnections, List<String> tiers, boolean oneTenant) {
    }

    private static List<Pool> pools(YMap topology) {
        List<Pool> out = new ArrayList<>();
        add(out, "topology.pooled", map(topology, "pooled"), null, false);
        add(out, "topology.dedicated", map(topology, "dedicated"), null, true);
        YMap hybrid = map(topology, "hybrid");
        add(out, "topology.hybrid.pool", map(hybrid, "pool"), null, false);
        add(out, "topology.hybrid.dedicated", map(hybrid, "dedicated"), null, true);
        YMap cells = map(topology, "cells");
        if (cells != null) {
            for (YMap.Entry e : cells.entries()) {
                List<String> tiers = e.value() instanceof YMap g && g.has("tiers")
                        ? list(g, "tiers").stream().map(n -> value(n) instanceof String s ? s : "").toList() : null;
                add(out, "topology.cells." + e.key(), e.value() instanceof YMap g ? g : null, tiers, false);
            }
        }
        return out;
    }

    private static void add(List<Pool> out, String path, YMap stack, List<String> tiers, boolean oneTenant) {
        YNode max = node(map(stack, "db"), "maxConnections");
        if (value(max) instanceof Long) {
            out.add(new Pool(path + ".db.maxConnections", max, tiers, oneTenant));
        }
    }

    private void checkBulkheads(YMap section, Map<String, YNode> bulkheads, Pool p) {
        long max = (Long) value(p.maxConnections());
        long sum = 0;
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, YNode> e : bulkheads.entrySet()) {
            if (p.tiers() != null && !p.tiers().contains(e.getKey())) {
                continue;
            }
            long c = (Long) value(e.getValue());
            if (c >= max) {
                String path = "controls.bulkhead." + e.getKey() + ".connections";
                String rule = "must be less than " + p.path() + " (" + max + "): a bulkhead is the " + e.getKey()
                        + " tier's share of that pool, and the tiers without one need at least 1 connection";
                report(e.getValue(), path, p, Long.toString(c), rule);
                return;
            }
            sum += c;
            parts.add(e.getKey() + " " + c);
        }
        if (!p.oneTenant() && parts.size() > 1 && sum >= max) {
            report(section, "controls.bulkhead", p, String.join(" + ", parts) + " = " + sum + " connections",
                    "must leave at least 1 of " + p.path() + " (" + max + ") to the tiers without a bulkhead");
        }
    }

    /** On the bulkhead when this file (or variant) set it, else on the pool size that makes it too big. */
    private void report(YNode bulkhead, String path, Pool p, String found, String rule) {
        if (problems.owns(bulkhead) || !problems.owns(p.maxConnections())) {
            problems.add(bulkhead, path, found, rule);
        } else {
            problems.add(p.maxConnections(), p.path(), value(p.maxConnections()).toString(),
                    "is too small for " + path + " (" + found + "); " + rule);
        }
    }
}
