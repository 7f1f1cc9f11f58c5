package dev.tenantsim.scenario.schema;

import static dev.tenantsim.scenario.schema.Tree.list;
import static dev.tenantsim.scenario.schema.Tree.map;
import static dev.tenantsim.scenario.schema.Tree.node;
import static dev.tenantsim.scenario.schema.Tree.value;

import dev.tenantsim.report.Formats;
import dev.tenantsim.scenario.yaml.YMap;
import dev.tenantsim.scenario.yaml.YNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rules that span several fields, run after the shape check: names that must refer to a defined
 * tier, tenant or cell group; shares that must add up to 100%; files that must exist (resolved
 * relative to the scenario file); exactly one topology; unique tenant ids; consistent windows;
 * the keys each SLO budgeting method needs ({@link SloChecks}); the rules of the
 * {@code controls:} section ({@link ControlChecks}); and the timeline's ({@link EventChecks}).
 */
public final class SemanticChecks {
    static final String[] TOPOLOGY_KINDS = {"pooled", "cells", "dedicated", "hybrid"};

    private final Problems problems;
    private final Path baseDir;

    public SemanticChecks(Problems problems, Path baseDir) {
        this.problems = problems;
        this.baseDir = baseDir;
    }

    public void check(YMap root) {
        Set<String> tiers = map(root, "tiers") == null ? null : map(root, "tiers").keys();
        YMap tenants = map(root, "tenants");
        Set<String> tenantIds = new LinkedHashSet<>();
        if (tenants != null) {
            checkTenants(tenants, tiers, tenantIds, map(root, "tiers"));
        }
        new SloChecks(problems).check(map(root, "tiers"));
        YMap topology = map(root, "topology");
        Set<String> targets = topology == null ? null : checkTopology(topology, tiers);
        YMap controls = map(root, "controls");
        if (controls != null && tiers != null) {
            new ControlChecks(problems).check(root, controls, tiers);
        }
        YMap placement = map(root, "placement");
        if (placement != null) {
            checkPlacement(placement, tiers, tenantIds, targets, topology);
        }
        YMap request = map(root, "request");
        if (request != null) {
            for (String key : List.of("appCpu", "dbCpu", "dbIo")) {
                checkDist(map(request, key), "request." + key);
            }
            YMap deps = map(request, "dependencies");
            if (deps != null) {
                deps.entries().forEach(e -> checkDist(map(e.value(), "latency"), "request.dependencies." + e.key() + ".latency"));
            }
        }
        new MechanismChecks(problems).check(root, tiers);
        new EventChecks(problems).check(root, tenantIds);
        YMap horizon = map(root, "horizon");
        if (horizon != null && value(horizon, "length") instanceof Duration len && value(horizon, "step") instanceof Duration step
                && step.compareTo(len) > 0) {
            problems.add(node(horizon, "step"), "horizon.step", Formats.span(step.toNanos() / 1e9), "must not be longer than horizon.length");
        }
        int i = 0;
        for (YNode w : list(map(root, "report"), "windows")) {
            if (value(w, "from") instanceof LocalTime from && value(w, "to") instanceof LocalTime to && !to.isAfter(from)) {
                problems.add(node(w, "to"), "report.windows[" + i + "].to", to.toString(), "must be after from (" + from + ")");
            }
            i++;
        }
        if (value(root, "priceBook") instanceof Path p) {
            mustExist(node(root, "priceBook"), "priceBook", p);
        }
    }

    private void checkTenants(YMap tenants, Set<String> tiers, Set<String> ids, YMap tierMap) {
        if (!tenants.has("generate") && !tenants.has("explicit") && !tenants.has("trace")) {
            problems.add(tenants, "tenants", "", "needs at least one of generate, explicit or trace");
        }
        YMap gen = map(tenants, "generate");
        YMap mix = map(gen, "mix");
        if (mix != null) {
            if (tiers != null) {
                tierKeys(problems, mix, "tenants.generate.mix", tiers);
            }
            double sum = 0;
            boolean complete = true;
            for (YMap.Entry e : mix.entries()) {
                if (value(e.value()) instanceof Double d) {
                    sum += d;
                } else {
                    complete = false;
                }
            }
            if (complete && Math.abs(sum - 1) > 1e-9) {
                problems.add(mix, "tenants.generate.mix", "shares adding up to " + new java.math.BigDecimal(sum * 100)
                        .round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString() + "%", "the shares must add up to 100%");
            }
        }
        YMap users = map(gen, "users");
        if (value(users, "mean") instanceof Double mean && value(users, "max") instanceof Long max && max < mean) {
            problems.add(node(users, "max"), "tenants.generate.users.max", max.toString(), "must be at least the mean (" + Formats.number(mean) + ")");
        }
        Map<String, Integer> firstLine = new HashMap<>();
        int i = 0;
        for (YNode t : list(tenants, "explicit")) {
            String path = "tenants.explicit[" + i + "]";
            if (value(t, "id") instanceof String id) {
                if (!ids.add(id)) {
                    problems.add(node(t, "id"), path + ".id", id, "duplicate tenant id; the first is at line " + firstLine.get(id));
                } else {
                    firstLine.put(id, node(t, "id").location().line());
                }
            }
            if (tiers != null && value(t, "tier") instanceof String tier) {
                if (!tiers.contains(tier)) {
                    problems.add(node(t, "tier"), path + ".tier", tier, "unknown tier; " + Suggest.hint(tier, tiers));
                } else if (value(t, "users") instanceof Long u && value(map(tierMap, tier), "users") instanceof Long cap && u > cap) {
                    problems.add(node(t, "users"), path + ".users", u.toString(), "exceeds the " + tier + " tier's users limit (" + cap + ")");
                }
            }
            i++;
        }
        YMap trace = map(tenants, "trace");
        if (trace != null) {
            if (value(trace, "path") instanceof Path p) {
                mustExist(node(trace, "path"), "tenants.trace.path", p);
            }
            if (tiers != null && value(trace, "tier") instanceof String tier && !tiers.contains(tier)) {
                problems.add(node(trace, "tier"), "tenants.trace.tier", tier, "unknown tier; " + Suggest.hint(tier, tiers));
            }
        }
    }

    /** Checks exactly one kind is given; returns the placement targets it offers. */
    private Set<String> checkTopology(YMap topology, Set<String> tiers) {
        List<String> present = new ArrayList<>();
        for (String k : TOPOLOGY_KINDS) {
            if (topology.has(k)) {
                present.add(k);
            }
        }
        if (present.isEmpty()) {
            problems.add(topology, "topology", "", "must have exactly one of pooled, cells, dedicated, hybrid");
            return null;
        }
        if (present.size() > 1) {
            problems.add(topology, "topology", String.join(" and ", present), "choose exactly one of pooled, cells, dedicated, hybrid (compare them with variants)");
            return null;
        }
        Set<String> targets = new LinkedHashSet<>();
        switch (present.get(0)) {
            case "pooled" -> targets.add("pool");
            case "dedicated" -> targets.add("dedicated");
            case "hybrid" -> {
                targets.add("pool");
                targets.add("dedicated");
            }
            default -> {
                YMap cells = map(topology, "cells");
                if (cells != null) {
                    targets.addAll(cells.keys());
                    for (YMap.Entry e : cells.entries()) {
                        int i = 0;
                        for (YNode t : list(e.value(), "tiers")) {
                            if (tiers != null && value(t) instanceof String tier && !tiers.contains(tier)) {
                                problems.add(t, "topology.cells." + e.key() + ".tiers[" + i + "]", tier, "unknown tier; " + Suggest.hint(tier, tiers));
                            }
                            i++;
                        }
                    }
                }
            }
        }
        return targets;
    }

    private void checkPlacement(YMap placement, Set<String> tiers, Set<String> ids, Set<String> targets, YMap topology) {
        int i = 0;
        for (YNode rule : list(placement, "rules")) {
            String path = "placement.rules[" + i++ + "]";
            if (!(rule instanceof YMap r)) {
                continue;
            }
            if (!r.has("tier") && !r.has("tenant") && !r.has("region")) {
                problems.add(r, path, "", "must match on at least one of tier, tenant, region");
            }
            if (tiers != null && value(r, "tier") instanceof String tier && !tiers.contains(tier)) {
                problems.add(node(r, "tier"), path + ".tier", tier, "unknown tier; " + Suggest.hint(tier, tiers));
            }
            if (value(r, "tenant") instanceof String id && !ids.contains(id)) {
                problems.add(node(r, "tenant"), path + ".tenant", id, ids.isEmpty()
                        ? "unknown tenant; only tenants listed under tenants.explicit can be named"
                        : "unknown tenant; " + Suggest.hint(id, ids));
            }
            if (targets != null && value(r, "target") instanceof String target && !targets.contains(target)) {
                String kind = topology.keys().stream().filter(k -> List.of(TOPOLOGY_KINDS).contains(k)).findFirst().orElse("?");
                problems.add(node(r, "target"), path + ".target", target, "is not a stack of topology." + kind + "; "
                        + Suggest.hint(target, targets) + ("pooled".equals(kind) && "dedicated".equals(target)
                        ? " (use topology.hybrid for a pool plus dedicated stacks)" : ""));
            }
        }
    }

    private void checkDist(YMap work, String path) {
        if (!(value(work, "dist") instanceof String dist) || !(value(work, "cv") instanceof Double cv)) {
            return;
        }
        if ("exponential".equals(dist) && cv != 1.0) {
            problems.add(node(work, "cv"), path + ".cv", Formats.number(cv), "an exponential distribution has cv 1; use lognormal or gamma for another cv");
        } else if ("constant".equals(dist) && cv != 0.0) {
            problems.add(node(work, "cv"), path + ".cv", Formats.number(cv), "a constant has cv 0; use lognormal or gamma for variability");
        } else if (List.of("lognormal", "gamma", "pareto").contains(dist) && !(cv > 0)) {
            problems.add(node(work, "cv"), path + ".cv", Formats.number(cv), "a " + dist + " needs cv > 0; use dist: constant for no variability");
        }
    }

    /** Problems for the keys of a per-tier map that name no tier. */
    static void tierKeys(Problems problems, YMap perTier, String path, Set<String> tiers) {
        if (perTier == null) {
            return;
        }
        for (YMap.Entry e : perTier.entries()) {
            if (!tiers.contains(e.key())) {
                problems.add(e.value(), e.keyLocation(), path + "." + e.key(), "unknown tier '" + e.key() + "'", Suggest.hint(e.key(), tiers));
            }
        }
    }

    private void mustExist(YNode node, String path, Path p) {
        Path resolved = baseDir.resolve(p).normalize();
        if (!Files.exists(resolved)) {
            problems.add(node, path, p.toString(), "file not found (looked for " + resolved.toAbsolutePath() + ")");
        }
    }
}
