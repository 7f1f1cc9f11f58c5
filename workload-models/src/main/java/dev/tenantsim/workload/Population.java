package dev.tenantsim.workload;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set of tenants with dense indices 0..n−1 (tenant {@code i} is at position {@code i}) and the
 * tiers they refer to.
 *
 * @param tenants the tenants, {@code tenants.get(i).index() == i}
 * @param tiers   the tiers the tenants name
 */
public record Population(List<TenantProfile> tenants, List<Tier> tiers) {
    public Population {
        tenants = List.copyOf(tenants);
        tiers = List.copyOf(tiers);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < tenants.size(); i++) {
            TenantProfile t = tenants.get(i);
            if (t.index() != i) {
                throw new IllegalArgumentException("tenants." + t.id() + ".index (" + t.index() + ") must be " + i
                        + " (its position)");
            }
            Integer previous = seen.put(t.id(), i);
            if (previous != null) {
                throw new IllegalArgumentException("tenants." + t.id() + " appears twice (positions " + previous
                        + " and " + i + ")");
            }
            if (tiers.stream().noneMatch(x -> x.name().equals(t.tier()))) {
                throw new IllegalArgumentException("tenants." + t.id() + ".tier (" + t.tier() + ") is not a tier; tiers are "
                        + tiers.stream().map(Tier::name).toList());
            }
        }
    }

    /**
     * This population followed by {@code extra} tenants (e.g. the scenario's explicit tenants after
     * the generated ones), re-indexed densely; ids must stay unique.
     */
    public Population plus(List<TenantProfile> extra) {
        List<TenantProfile> all = new java.util.ArrayList<>(tenants);
        for (TenantProfile t : extra) {
            all.add(t.withIndex(all.size()));
        }
        return new Population(all, tiers);
    }

    public int size() {
        return tenants.size();
    }

    public TenantProfile get(int index) {
        return tenants.get(index);
    }

    /** The tier of a tenant. */
    public Tier tierOf(TenantProfile tenant) {
        return tier(tenant.tier()).orElseThrow();
    }

    public Optional<Tier> tier(String name) {
        return tiers.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
