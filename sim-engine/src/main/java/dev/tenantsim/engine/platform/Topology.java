package dev.tenantsim.engine.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which stacks exist and which stack serves each tenant (by dense tenant index).
 * Pooled, cells, dedicated and hybrid are all this one shape; the factories build them.
 */
public record Topology(List<StackSpec> stacks, int[] stackOfTenant) {
    public Topology {
        if (stacks == null || stacks.isEmpty()) {
            throw new IllegalArgumentException("topology.stacks (empty) must hold at least one stack");
        }
        stacks = List.copyOf(stacks);
        if (stackOfTenant == null) {
            throw new IllegalArgumentException("topology.stackOfTenant (null) must map every tenant to a stack");
        }
        stackOfTenant = stackOfTenant.clone();
        for (int i = 0; i < stackOfTenant.length; i++) {
            int s = stackOfTenant[i];
            if (s < 0 || s >= stacks.size()) {
                throw new IllegalArgumentException("topology.stackOfTenant[" + i + "] (" + s + ") must be a stack index in 0.." + (stacks.size() - 1));
            }
        }
    }

    /** One shared stack for every tenant. */
    public static Topology pooled(StackSpec stack, int tenantCount) {
        return new Topology(List.of(stack), new int[tenantCount]);
    }

    /** {@code cells} copies of a template; tenant i goes to {@code cellOfTenant[i]}. */
    public static Topology cells(StackSpec template, int cells, int[] cellOfTenant) {
        List<StackSpec> list = new ArrayList<>(cells);
        for (int c = 0; c < cells; c++) {
            list.add(template.named(template.name() + "-cell-" + c));
        }
        return new Topology(list, cellOfTenant);
    }

    /** {@code cells} copies of a template, tenants dealt round-robin. */
    public static Topology cellsRoundRobin(StackSpec template, int cells, int tenantCount) {
        int[] map = new int[tenantCount];
        for (int i = 0; i < tenantCount; i++) {
            map[i] = i % cells;
        }
        return cells(template, cells, map);
    }

    /** A stack per tenant. */
    public static Topology dedicated(StackSpec template, int tenantCount) {
        int[] map = new int[tenantCount];
        List<StackSpec> list = new ArrayList<>(tenantCount);
        for (int i = 0; i < tenantCount; i++) {
            map[i] = i;
            list.add(template.named(template.name() + "-tenant-" + i));
        }
        return new Topology(list, map);
    }

    /**
     * Hybrid by tier: tenants of a tier listed in {@code dedicatedTiers} get a stack of their own
     * (a copy of {@code dedicatedTemplate}); everyone else shares {@code shared} (stack 0).
     */
    public static Topology dedicatedTiers(StackSpec shared, StackSpec dedicatedTemplate, int[] tierOfTenant, int... dedicatedTiers) {
        List<StackSpec> list = new ArrayList<>();
        list.add(shared);
        int[] map = new int[tierOfTenant.length];
        for (int i = 0; i < tierOfTenant.length; i++) {
            int tier = tierOfTenant[i];
            if (Arrays.stream(dedicatedTiers).anyMatch(t -> t == tier)) {
                map[i] = list.size();
                list.add(dedicatedTemplate.named(dedicatedTemplate.name() + "-tenant-" + i));
            }
        }
        return new Topology(list, map);
    }

    /**
     * Hybrid by tier: tier k's tenants go to {@code stacks.get(stackOfTier[k])} (e.g. free and pro
     * pooled on different stacks, enterprise on a performance cell).
     */
    public static Topology byTier(List<StackSpec> stacks, int[] stackOfTier, int[] tierOfTenant) {
        int[] map = new int[tierOfTenant.length];
        for (int i = 0; i < map.length; i++) {
            int tier = tierOfTenant[i];
            if (tier < 0 || tier >= stackOfTier.length) {
                throw new IllegalArgumentException("tierOfTenant[" + i + "] (" + tier + ") has no stack; stackOfTier covers tiers 0.."
                        + (stackOfTier.length - 1));
            }
            map[i] = stackOfTier[tier];
        }
        return new Topology(stacks, map);
    }

    /** Hybrid from an assignment: any stacks, any mapping (e.g. from a placement strategy). */
    public static Topology assigned(List<StackSpec> stacks, int[] stackOfTenant) {
        return new Topology(stacks, stackOfTenant);
    }

    /** The same tenant alone on a copy of its stack: the solo run of noisy-neighbor impact. */
    public Topology soloOf(int tenant) {
        return new Topology(List.of(stacks.get(stackOfTenant[tenant])), new int[1]);
    }

    public int tenantCount() {
        return stackOfTenant.length;
    }

    public int stackOf(int tenant) {
        return stackOfTenant[tenant];
    }

    @Override
    public int[] stackOfTenant() {
        return stackOfTenant.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Topology t && stacks.equals(t.stacks) && Arrays.equals(stackOfTenant, t.stackOfTenant);
    }

    @Override
    public int hashCode() {
        return 31 * stacks.hashCode() + Arrays.hashCode(stackOfTenant);
    }

    @Override
    public String toString() {
        return "Topology[stacks=" + stacks.size() + ", tenants=" + stackOfTenant.length + "]";
    }
}
