package dev.tenantsim.web;

import dev.tenantsim.scenario.yaml.Location;
import dev.tenantsim.scenario.yaml.TreePaths;
import dev.tenantsim.scenario.yaml.YList;
import dev.tenantsim.scenario.yaml.YMap;
import dev.tenantsim.scenario.yaml.YNode;
import dev.tenantsim.scenario.yaml.YScalar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three ways the deal desk places a prospect among a scenario's tenants, each as the scenario's
 * tree (variants left out) with the tier {@code deal} (the base tier's contract with the required
 * SLO), the prospect appended to {@code tenants.explicit}, and a placement rule put first:
 * <ul>
 *   <li><b>pooled</b>: the shared stack its tier would land on (the pool, or the first cell group
 *       that takes its tier; with residency, the stack the scenario's region rule names);</li>
 *   <li><b>performance cell</b>: the scenario's {@code performance} cell group if it has one, else a
 *       new cell of the shared stack's size, {@code deal-performance}, for the prospect and the
 *       scenario's other tenants of its tier (everyone else stays where they were);</li>
 *   <li><b>dedicated</b>: a stack of its own, a copy of the shared stack (placement target
 *       {@code dedicated}: a pool becomes {@code hybrid}; with cells, a new group {@code deal-dedicated}
 *       of one cell for the prospect alone).</li>
 * </ul>
 */
final class DealOptions {
    static final String POOLED = "pooled";
    static final String PERFORMANCE = "performance-cell";
    static final String DEDICATED = "dedicated";
    static final List<String> NAMES = List.of(POOLED, PERFORMANCE, DEDICATED);
    static final String PERFORMANCE_GROUP = "deal-performance";
    static final String DEDICATED_GROUP = "deal-dedicated";

    private DealOptions() {
    }

    /** Option name → the scenario's tree (without its variants) with the deal in it. */
    static Map<String, YMap> of(YMap root, Prospect p) {
        String baseTier = p.baseTier(root);
        if (Prospect.explicitIds(root).contains(p.id())) {
            throw Prospect.bad("name", p.id(), "is already a tenant of this scenario; choose another id");
        }
        YMap topology = FormFields.at(root, "topology") instanceof YMap t ? t : new YMap(Location.NONE);
        if (topology.has("dedicated")) {
            throw new BadRequest(400, "topology (dedicated) gives every tenant its own stack: there is no pool or cell to price the deal on;"
                    + " choose a scenario with a pooled, cells or hybrid topology");
        }
        YMap withoutVariants = new YMap(root.location());
        root.entries().stream().filter(e -> !e.key().equals("variants")).forEach(e -> withoutVariants.put(e.key(), e.keyLocation(), e.value()));
        YMap common = TreePaths.with(withoutVariants, "name", root.get("name") == null ? YamlFlow.string("scenario") : root.get("name"));
        common = TreePaths.with(common, "tiers." + Prospect.TIER, dealTier((YMap) FormFields.at(root, "tiers." + baseTier), p));
        YList tenants = new YList(Location.NONE);
        Prospect.explicit(root).forEach(tenants::add);
        tenants.add(p.entry(root));
        common = TreePaths.with(common, "tenants.explicit", tenants);

        String home = homeGroup(root, topology, baseTier, p.region());
        YMap cells = topology.get("cells") instanceof YMap c ? c : null;
        YMap homeStack = cells != null ? (YMap) cells.get(home) : stackOf(topology);
        Map<String, YMap> out = new LinkedHashMap<>();
        out.put(POOLED, rules(common, rule("tenant", p.id(), home)));
        if (cells != null && cells.has("performance")) {
            out.put(PERFORMANCE, rules(common, rule("tenant", p.id(), "performance")));
        } else {
            YMap perf = rules(common, rule("tenant", p.id(), PERFORMANCE_GROUP), rule("tier", baseTier, PERFORMANCE_GROUP));
            out.put(PERFORMANCE, TreePaths.with(perf, "topology", withCell(topology, PERFORMANCE_GROUP, homeStack, List.of(baseTier, Prospect.TIER))));
        }
        if (cells != null) {
            YMap ded = rules(common, rule("tenant", p.id(), DEDICATED_GROUP));
            out.put(DEDICATED, TreePaths.with(ded, "topology", withCell(topology, DEDICATED_GROUP, homeStack, List.of(Prospect.TIER))));
        } else {
            YMap ded = rules(common, rule("tenant", p.id(), DEDICATED));
            if (topology.get("pooled") instanceof YMap pool) {
                YMap hybrid = new YMap(Location.NONE);
                hybrid.put("pool", pool);
                hybrid.put("dedicated", pool);
                YMap topo = new YMap(Location.NONE);
                topo.put("hybrid", hybrid);
                ded = TreePaths.with(ded, "topology", topo);
            }
            out.put(DEDICATED, ded);
        }
        return out;
    }

    /** The topology as cell groups (a pool becomes the group {@code pool} of one cell) plus one more group of one cell. */
    private static YMap withCell(YMap topology, String name, YMap stack, List<String> tiers) {
        YMap groups = new YMap(Location.NONE);
        if (topology.get("cells") instanceof YMap cells) {
            cells.entries().forEach(e -> groups.put(e.key(), e.value()));
        } else {
            groups.put("pool", cell(stackOf(topology), null));
        }
        groups.put(name, cell(stack, tiers));
        YMap topo = new YMap(Location.NONE);
        topo.put("cells", groups);
        return topo;
    }

    /** The base tier's contract with the required SLO over it. */
    private static YMap dealTier(YMap base, Prospect p) {
        YMap tier = new YMap(Location.NONE);
        base.entries().forEach(e -> tier.put(e.key(), e.value()));
        YMap slo = new YMap(Location.NONE);
        if (base.get("slo") instanceof YMap s) {
            s.entries().forEach(e -> slo.put(e.key(), e.value()));
        }
        slo.put("p99", YamlFlow.string(Prospect.fmt(p.p99Ms()) + "ms"));
        if (p.availabilityPercent() != null) {
            slo.put("availability", YamlFlow.string(Prospect.fmt(p.availabilityPercent()) + "%"));
        }
        tier.put("slo", slo);
        return tier;
    }

    /** Where the base tier's tenants share a stack: a region rule's target, else the pool, else the first cell group taking the tier. */
    private static String homeGroup(YMap root, YMap topology, String tier, String region) {
        if (region != null && FormFields.at(root, "placement.rules") instanceof YList rules) {
            for (YNode n : rules.items()) {
                if (n instanceof YMap r && r.get("region") instanceof YScalar rg && rg.text().equals(region) && !r.has("tier")
                        && !r.has("tenant") && r.get("target") instanceof YScalar t && !t.text().equals(DEDICATED)) {
                    return t.text();
                }
            }
        }
        if (!(topology.get("cells") instanceof YMap cells)) {
            return "pool";
        }
        for (YMap.Entry e : cells.entries()) {
            YNode tiers = e.value() instanceof YMap g ? g.get("tiers") : null;
            if (tiers == null || (tiers instanceof YList l && l.items().stream().anyMatch(x -> x instanceof YScalar s && s.text().equals(tier)))) {
                return e.key();
            }
        }
        throw new BadRequest(400, "tier (" + tier + ") is taken by no cell group of this scenario (topology.cells." + String.join(", ", cells.keys())
                + "); choose a tier a group takes");
    }

    private static YMap stackOf(YMap topology) {
        if (topology.get("pooled") instanceof YMap m) {
            return m;
        }
        if (FormFields.at(topology, "hybrid.pool") instanceof YMap m) {
            return m;
        }
        throw new BadRequest(400, "topology (" + String.join(", ", topology.keys()) + ") has no shared stack to price the deal on");
    }

    private static YMap cell(YMap stack, List<String> tiers) {
        YMap c = new YMap(Location.NONE);
        stack.entries().stream().filter(e -> !e.key().equals("count") && !e.key().equals("tiers")).forEach(e -> c.put(e.key(), e.value()));
        c.put("count", YamlFlow.number("1"));
        if (tiers != null) {
            YList l = new YList(Location.NONE);
            tiers.forEach(t -> l.add(YamlFlow.string(t)));
            c.put("tiers", l);
        }
        return c;
    }

    private static YMap rule(String key, String value, String target) {
        YMap r = new YMap(Location.NONE);
        r.put(key, YamlFlow.string(value));
        r.put("target", YamlFlow.string(target));
        return r;
    }

    /** The tree with {@code placement.rules}: the deal's rules first, then the scenario's own. */
    private static YMap rules(YMap root, YMap... first) {
        YList l = new YList(Location.NONE);
        for (YMap r : first) {
            l.add(r);
        }
        if (FormFields.at(root, "placement.rules") instanceof YList own) {
            own.items().forEach(l::add);
        }
        return TreePaths.with(root, "placement.rules", l);
    }
}
