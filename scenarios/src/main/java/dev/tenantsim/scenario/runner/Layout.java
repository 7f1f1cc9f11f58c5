package dev.tenantsim.scenario.runner;

import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.model.Placement;
import dev.tenantsim.scenario.model.Stack;
import dev.tenantsim.scenario.model.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PLACEHOLDER for placement-strategies: the stacks of a topology and which tenant runs where.
 * Placement rules are applied first (first match wins); everyone else is dealt round-robin over
 * the stacks that accept their tier. The named strategy is not applied yet (a note says so).
 */
final class Layout {
    /** One stack: its bottleneck is its app cores. */
    record StackSpec(String name, String kind, int servers, Stack stack) {
    }

    final List<StackSpec> stacks = new ArrayList<>();
    final int[] stackOf;

    private Layout(int tenants) {
        stackOf = new int[tenants];
    }

    static Layout of(Scenario s, List<TenantSpec> tenants, List<String> notes) {
        Layout l = new Layout(tenants.size());
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        Map<String, List<String>> groupTiers = new LinkedHashMap<>();
        Stack dedicated = null;
        Topology topo = s.topology();
        if (topo instanceof Topology.Pooled p) {
            groups.put("pool", List.of(l.add("pool", "pooled", p.pool())));
        } else if (topo instanceof Topology.Dedicated d) {
            dedicated = d.each();
        } else if (topo instanceof Topology.Hybrid h) {
            groups.put("pool", List.of(l.add("pool", "pooled", h.pool())));
            dedicated = h.dedicated();
        } else if (topo instanceof Topology.Cells c) {
            for (Topology.CellGroup g : c.groups().values()) {
                List<Integer> ids = new ArrayList<>();
                for (int i = 1; i <= g.count(); i++) {
                    ids.add(l.add(g.name() + "-" + i, "cell", g.stack()));
                }
                groups.put(g.name(), ids);
                groupTiers.put(g.name(), g.tiers());
            }
        }
        Map<String, Integer> nextInGroup = new LinkedHashMap<>();
        for (int t = 0; t < tenants.size(); t++) {
            TenantSpec ts = tenants.get(t);
            String target = null;
            for (Placement.Rule r : s.placement().rules()) {
                if ((r.tier() == null || r.tier().equals(ts.tier())) && (r.tenant() == null || r.tenant().equals(ts.id()))
                        && (r.region() == null || r.region().equals(ts.region()))) {
                    target = r.target();
                    break;
                }
            }
            if (s.topology() instanceof Topology.Dedicated) {
                target = "dedicated";
            }
            if ("dedicated".equals(target)) {
                l.stackOf[t] = l.add("dedicated-" + ts.id(), "dedicated", dedicated);
                continue;
            }
            if (target == null) {
                target = firstGroupFor(ts.tier(), groups, groupTiers);
            }
            List<Integer> members = groups.get(target);
            int k = nextInGroup.merge(target, 1, Integer::sum) - 1;
            l.stackOf[t] = members.get(k % members.size());
        }
        if (!"round-robin".equals(s.placement().strategy()) && !"tier-rules".equals(s.placement().strategy())) {
            notes.add("Placement strategy '" + s.placement().strategy() + "' is not applied yet: tenants were dealt round-robin (placeholder runner).");
        }
        return l;
    }

    private static String firstGroupFor(String tier, Map<String, List<Integer>> groups, Map<String, List<String>> groupTiers) {
        for (String g : groups.keySet()) {
            List<String> allowed = groupTiers.getOrDefault(g, List.of());
            if (allowed.isEmpty() || allowed.contains(tier)) {
                return g;
            }
        }
        return groups.keySet().iterator().next();
    }

    private int add(String name, String kind, Stack stack) {
        stacks.add(new StackSpec(name, kind, stack.app().cores(), stack));
        return stacks.size() - 1;
    }
}
