package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.platform.Dependency;
import java.util.List;

/**
 * Circuit breakers: after {@code failures} consecutive failed calls a breaker opens for
 * {@code openSeconds}, during which the calls it guards fail fast (CIRCUIT_OPEN); the first one
 * after that is a probe, whose result closes or reopens it.
 *
 * <p>Two families share that one rule ({@link #step}): each tenant's breaker on its DB dependency
 * (failures are pool and statement timeouts; state in the tenant table's packed fields), and the
 * breakers on the stack's {@link Dependency dependencies} ({@link OnDependencies}), kept per
 * (tenant, dependency) — one tenant's failing calls open only its own — or per dependency.
 */
final class CircuitBreakers {
    private final int[] ti;
    private final double[] td;
    private final double[] openSeconds;

    CircuitBreakers(TenantTable tenants) {
        ti = tenants.ti;
        td = tenants.td;
        openSeconds = new double[tenants.n];
        for (int t = 0; t < tenants.n; t++) {
            openSeconds[t] = tenants.controls[t].breaker().openSeconds();
        }
    }

    boolean isOpen(int t, double now) {
        return ti[(t << 4) + TenantTable.I_BREAKER] > 0 && now < td[(t << 4) + TenantTable.D_OPEN_UNTIL];
    }

    /** A query of tenant t that reached the database ended with {@code cause}. */
    void record(int t, int cause, double now) {
        int i = t << 4;
        step(ti, i + TenantTable.I_FAILURES, td, i + TenantTable.D_OPEN_UNTIL, ti[i + TenantTable.I_BREAKER],
                openSeconds[t], cause, now);
    }

    /**
     * The one breaker rule: a success resets the count of consecutive failures at {@code fi}; a
     * failure that brings it to {@code threshold} opens the breaker until now + openSeconds (at
     * {@code ui}). A threshold of 0 is no breaker.
     */
    static void step(int[] failures, int fi, double[] openUntil, int ui, int threshold, double openSeconds,
                     int cause, double now) {
        if (threshold == 0) {
            return;
        }
        if (cause == Stage.SUCCESS) {
            failures[fi] = 0;
        } else if (++failures[fi] >= threshold) {
            openUntil[ui] = now + openSeconds;
        }
    }

    /** The breakers on a stack's dependencies, by (tenant, dependency) or by dependency. */
    static final class OnDependencies {
        private final int count;
        private final int[] threshold;
        private final double[] openSeconds;
        private final boolean[] perTenant;
        private final int[] failures;
        private final double[] openUntil;

        OnDependencies(List<Dependency> deps, int tenants) {
            count = deps.size();
            threshold = new int[count];
            openSeconds = new double[count];
            perTenant = new boolean[count];
            for (int d = 0; d < count; d++) {
                threshold[d] = deps.get(d).breaker().failures();
                openSeconds[d] = deps.get(d).breaker().openSeconds();
                perTenant[d] = deps.get(d).breakerPerTenant();
            }
            // Keys 0..count-1 are the per-dependency breakers; count + t*count + d the per-tenant ones.
            failures = new int[count * (tenants + 1)];
            openUntil = new double[failures.length];
        }

        private int key(int t, int d) {
            return perTenant[d] ? count + t * count + d : d;
        }

        boolean isOpen(int t, int d, double now) {
            return threshold[d] > 0 && now < openUntil[key(t, d)];
        }

        void record(int t, int d, int cause, double now) {
            int k = key(t, d);
            step(failures, k, openUntil, k, threshold[d], openSeconds[d], cause, now);
        }
    }
}
