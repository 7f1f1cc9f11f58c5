package dev.tenantsim.engine.platform;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything one request-level run needs: the tenants (dense index = list position), the
 * topology, the isolation controls, the SLOs and the simulated horizon in seconds. Checked here,
 * before anything runs: sizes agree, ids are unique.
 */
public record PlatformScenario(List<TenantLoad> tenants, Topology topology, Controls controls, SloPolicy slo,
                               double horizonSeconds) {
    public PlatformScenario {
        if (tenants == null || tenants.isEmpty()) {
            throw new IllegalArgumentException("tenants (empty) must hold at least one tenant");
        }
        tenants = List.copyOf(tenants);
        if (topology == null || controls == null || slo == null) {
            throw new IllegalArgumentException("topology, controls and slo (null) must all be given");
        }
        int n = tenants.size();
        if (topology.tenantCount() != n) {
            throw new IllegalArgumentException("topology.stackOfTenant (" + topology.tenantCount() + " tenants) must map the " + n + " tenants");
        }
        if (controls.tenantCount() != n) {
            throw new IllegalArgumentException("controls (" + controls.tenantCount() + " tenants) must cover the " + n + " tenants");
        }
        if (slo.tenantCount() != n) {
            throw new IllegalArgumentException("slo (" + slo.tenantCount() + " tenants) must cover the " + n + " tenants");
        }
        if (!(horizonSeconds > 0) || Double.isInfinite(horizonSeconds)) {
            throw new IllegalArgumentException("horizonSeconds (" + horizonSeconds + ") must be a finite duration > 0");
        }
        Set<String> ids = new HashSet<>();
        for (TenantLoad t : tenants) {
            if (!ids.add(t.id())) {
                throw new IllegalArgumentException("tenant.id (" + t.id() + ") must be unique in a run");
            }
        }
    }

    /** Tier of each tenant, by dense index (for the per-tier builders). */
    public static int[] tiersOf(List<TenantLoad> tenants) {
        int[] tiers = new int[tenants.size()];
        for (int i = 0; i < tiers.length; i++) {
            tiers[i] = tenants.get(i).tier();
        }
        return tiers;
    }

    /** The same scenario on another topology (same tenants, controls, SLOs: a variant). */
    public PlatformScenario withTopology(Topology other) {
        return new PlatformScenario(tenants, other, controls, slo, horizonSeconds);
    }

    public PlatformScenario withControls(Controls other) {
        return new PlatformScenario(tenants, topology, other, slo, horizonSeconds);
    }

    /**
     * The same scenario without tenant {@code j} (the others renumbered, keeping their order, and
     * their stacks, controls, SLOs and random streams): the rerun of attribution.
     */
    public PlatformScenario without(int j) {
        int n = tenants.size();
        if (j < 0 || j >= n) {
            throw new IllegalArgumentException("tenant (" + j + ") must be an index in 0.." + (n - 1));
        }
        if (n == 1) {
            throw new IllegalArgumentException("tenants (1) must keep at least one tenant after removing " + j);
        }
        int[] keep = new int[n - 1];
        java.util.ArrayList<TenantLoad> rest = new java.util.ArrayList<>(n - 1);
        int[] map = new int[n - 1];
        int[] stackOf = topology.stackOfTenant();
        for (int i = 0, k = 0; i < n; i++) {
            if (i != j) {
                keep[k] = i;
                rest.add(tenants.get(i));
                map[k] = stackOf[i];
                k++;
            }
        }
        return new PlatformScenario(rest, new Topology(topology.stacks(), map), controls.select(keep), slo.select(keep),
                horizonSeconds);
    }

    /** Tenant {@code i} alone on a copy of its stack, with its own controls and SLO. */
    public PlatformScenario soloOf(int i) {
        return new PlatformScenario(List.of(tenants.get(i)), topology.soloOf(i), controls.select(i), slo.select(i),
                horizonSeconds);
    }
}
