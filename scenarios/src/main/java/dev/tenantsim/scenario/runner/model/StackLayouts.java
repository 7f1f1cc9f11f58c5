package dev.tenantsim.scenario.runner.model;

import dev.tenantsim.engine.platform.cache.QueryCost;
import dev.tenantsim.placement.Assignment;
import dev.tenantsim.placement.CellKind;
import dev.tenantsim.placement.CellSpec;
import dev.tenantsim.placement.PlacementOptions;
import dev.tenantsim.placement.PlacementProblem;
import dev.tenantsim.placement.PlacementStrategies;
import dev.tenantsim.placement.PlacementStrategy;
import dev.tenantsim.placement.ResourceVector;
import dev.tenantsim.placement.TenantDemand;
import dev.tenantsim.placement.TenantDemands;
import dev.tenantsim.placement.TierRules;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioException;
import dev.tenantsim.scenario.model.Placement;
import dev.tenantsim.scenario.model.Stack;
import dev.tenantsim.scenario.model.TopologySpec;
import dev.tenantsim.workload.Signature;
import dev.tenantsim.workload.TenantProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code topology:} + {@code placement:} → the stacks and which tenant runs on which.
 *
 * <ol>
 *   <li>Placement rules first, first match wins: target {@code dedicated} gives the tenant a stack
 *       of its own, {@code pool} the shared pool, a cell group name that group.</li>
 *   <li>A {@code dedicated} topology gives every tenant its own stack; {@code pooled} and
 *       {@code hybrid} put everyone else on the pool.</li>
 *   <li>With {@code cells}, everyone else goes to the first group that accepts their tier, and the
 *       strategy named by {@code placement.strategy} (the placement module's registry) chooses the
 *       cell inside the group, from each tenant's demand (CPU, IO, connections, storage) over the
 *       first day of the horizon. A tenant the strategy cannot place (no room within the cell's
 *       capacity) goes to the group's least-loaded cell, with a note.</li>
 * </ol>
 * A dedicated stack is a copy of {@code hybrid.dedicated} or {@code dedicated}; in a pooled or
 * cells topology (which name no dedicated stack) it is a copy of the pool or the tenant's group stack.
 */
public final class StackLayouts {
    /** Strategy names the scenario accepts that mean "rules, then round-robin". */
    static final Set<String> RULES_ONLY = Set.of("tier-rules");
    /** Demand used for placement: at most this many minutes from the horizon start. */
    static final int PLAN_MINUTES = 1440;
    /**
     * Headroom target a cell keeps free on CPU, IO and connections when a packing strategy fills it
     * (docs/metrics.md "Headroom"): without it, packing strategies fill cells to 100% of their planned
     * peak and the daily peak saturates them.
     */
    public static final double PLAN_HEADROOM = 0.3;

    private StackLayouts() {
    }

    public static StackLayout of(Scenario s, TenantWorkload w, long seed) {
        List<String> notes = new ArrayList<>();
        List<PlacedStack> stacks = new ArrayList<>();
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        Map<String, TopologySpec.CellGroup> cellGroups = new LinkedHashMap<>();
        String discipline = s.controls().workers() == null ? null : s.controls().workers().discipline();
        QueryCost queryCost = StackModels.queryCost(s.request().queryCost());
        TopologySpec topo = s.topology();
        Stack dedicatedTemplate = null;
        if (topo instanceof TopologySpec.Pooled p) {
            groups.put("pool", List.of(add(stacks, "pool", PlacedStack.Kind.POOLED, "pool", p.pool(), discipline, queryCost)));
        } else if (topo instanceof TopologySpec.Hybrid h) {
            groups.put("pool", List.of(add(stacks, "pool", PlacedStack.Kind.POOLED, "pool", h.pool(), discipline, queryCost)));
            dedicatedTemplate = h.dedicated();
        } else if (topo instanceof TopologySpec.Dedicated d) {
            dedicatedTemplate = d.each();
        } else if (topo instanceof TopologySpec.Cells c) {
            for (TopologySpec.CellGroup g : c.groups().values()) {
                List<Integer> ids = new ArrayList<>();
                for (int i = 1; i <= g.count(); i++) {
                    ids.add(add(stacks, g.name() + "-" + i, PlacedStack.Kind.CELL, g.name(), g.stack(), discipline, queryCost));
                }
                groups.put(g.name(), ids);
                cellGroups.put(g.name(), g);
            }
        }
        int n = w.size();
        int[] stackOf = new int[n];
        Arrays.fill(stackOf, -1);
        Map<String, List<Integer>> toPlace = new LinkedHashMap<>();
        boolean copiedPool = false;
        for (int t = 0; t < n; t++) {
            TenantProfile p = w.tenant(t);
            String target = topo instanceof TopologySpec.Dedicated ? "dedicated" : ruleTarget(s.placement(), p);
            if ("dedicated".equals(target)) {
                Stack template = dedicatedTemplate;
                if (template == null) {
                    String home = homeGroup(p.tier(), groups, cellGroups);
                    List<Integer> homeStacks = groups.get(home != null ? home : groups.keySet().iterator().next());
                    template = stacks.get(homeStacks.get(0)).stack();
                    copiedPool = true;
                }
                stackOf[t] = add(stacks, "dedicated-" + p.id(), PlacedStack.Kind.DEDICATED, "dedicated", template, discipline, queryCost);
                continue;
            }
            if (target == null || !groups.containsKey(target)) {
                if (target != null && !"pool".equals(target)) {
                    throw ScenarioException.of(s.name(), "placement.rules target (" + target + ") is not a stack group of this topology; groups: "
                            + groups.keySet() + " or dedicated");
                }
                target = homeGroup(p.tier(), groups, cellGroups);
            }
            if (target == null) {
                throw ScenarioException.of(s.name(), "tenant " + p.id() + " (tier " + p.tier() + ") has no stack: no placement rule sends it"
                        + " anywhere and the topology (" + topo.kind() + ") has no shared stack for it");
            }
            toPlace.computeIfAbsent(target, k -> new ArrayList<>()).add(t);
        }
        if (copiedPool) {
            notes.add("Dedicated stacks are copies of the tenant's shared stack (the " + topo.kind()
                    + " topology names no dedicated stack).");
        }
        String strategy = s.placement().strategy();
        for (Map.Entry<String, List<Integer>> e : toPlace.entrySet()) {
            List<Integer> members = groups.get(e.getKey());
            if (members.size() == 1) {
                for (int t : e.getValue()) {
                    stackOf[t] = members.get(0);
                }
            } else {
                placeInGroup(s, w, seed, strategy, e.getValue(), members, stacks, stackOf, notes);
            }
        }
        return new StackLayout(stacks, stackOf, strategy, notes);
    }

    private static void placeInGroup(Scenario s, TenantWorkload w, long seed, String strategyName, List<Integer> tenants,
                                     List<Integer> cells, List<PlacedStack> stacks, int[] stackOf, List<String> notes) {
        String name = RULES_ONLY.contains(strategyName) ? "round-robin" : strategyName;
        PlacementStrategy strategy;
        try {
            strategy = PlacementStrategies.create(name, PlacementOptions.defaults().withSeed(seed));
        } catch (IllegalArgumentException e) {
            throw ScenarioException.of(s.name(), e.getMessage());
        }
        int horizonMinutes = (int) Math.max(1, Math.ceil(s.horizon().lengthSeconds() / 60));
        int planMinutes = Math.min(horizonMinutes, PLAN_MINUTES);
        int perPoint = planMinutes % 60 == 0 ? 60 : 1;
        List<TenantProfile> profiles = new ArrayList<>();
        List<Signature> signatures = new ArrayList<>();
        for (int k = 0; k < tenants.size(); k++) {
            TenantProfile p = w.tenant(tenants.get(k));
            profiles.add(p.withIndex(k));
            signatures.add(w.signature(tenants.get(k)));
        }
        double ioSeconds = stacks.get(cells.get(0)).spec().db().secondsPerIo();
        List<TenantDemand> demands = TenantDemands.fromSignatures(profiles, signatures, planMinutes, perPoint, ioSeconds);
        List<CellSpec> specs = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            PlacedStack st = stacks.get(cells.get(c));
            var spec = st.spec();
            ResourceVector capacity = new ResourceVector(spec.app().cores() + spec.db().cores(), spec.db().iops(),
                    spec.db().maxConnections(), Double.MAX_VALUE / 4);
            specs.add(new CellSpec(st.name(), c, CellKind.SHARED, TenantWorkloads.ANY_REGION, capacity, Integer.MAX_VALUE,
                    new ResourceVector(PLAN_HEADROOM, PLAN_HEADROOM, PLAN_HEADROOM, 0)));
        }
        Assignment a = strategy.place(new PlacementProblem(demands, specs, TierRules.none()));
        int[] load = new int[cells.size()];
        for (int k = 0; k < tenants.size(); k++) {
            if (a.cellOf(k) >= 0) {
                load[a.cellOf(k)]++;
            }
        }
        for (int k = 0; k < tenants.size(); k++) {
            int c = a.cellOf(k);
            if (c < 0) {
                c = 0;
                for (int j = 1; j < load.length; j++) {
                    if (load[j] < load[c]) {
                        c = j;
                    }
                }
                load[c]++;
            }
            stackOf[tenants.get(k)] = cells.get(c);
        }
        if (!a.rejections().isEmpty()) {
            notes.add(a.rejections().size() + " tenant(s) did not fit any cell of " + stacks.get(cells.get(0)).group()
                    + " by " + a.strategy() + " (e.g. " + a.rejections().get(0).message()
                    + "); they were put on the least-loaded cells.");
        }
    }

    private static String ruleTarget(Placement placement, TenantProfile p) {
        for (Placement.Rule r : placement.rules()) {
            if ((r.tier() == null || r.tier().equals(p.tier())) && (r.tenant() == null || r.tenant().equals(p.id()))
                    && (r.region() == null || r.region().equals(p.region()))) {
                return r.target();
            }
        }
        return null;
    }

    /** The first group that accepts the tier (pool first), or null if none does. */
    private static String homeGroup(String tier, Map<String, List<Integer>> groups, Map<String, TopologySpec.CellGroup> cellGroups) {
        for (String g : groups.keySet()) {
            TopologySpec.CellGroup cg = cellGroups.get(g);
            if (cg == null || cg.tiers().isEmpty() || cg.tiers().contains(tier)) {
                return g;
            }
        }
        return null;
    }

    private static int add(List<PlacedStack> stacks, String name, PlacedStack.Kind kind, String group, Stack stack, String discipline,
                           QueryCost queryCost) {
        stacks.add(new PlacedStack(name, kind, group, stack, StackModels.of(name, stack, discipline, queryCost)));
        return stacks.size() - 1;
    }
}
