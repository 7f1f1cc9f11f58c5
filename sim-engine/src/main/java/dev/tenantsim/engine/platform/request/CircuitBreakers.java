package dev.tenantsim.engine.platform.request;

/**
 * Each tenant's circuit breaker on its DB dependency: after {@code failures} consecutive failed
 * queries (pool timeout, statement timeout) it opens for {@code openSeconds}, during which the
 * tenant's queries fail fast (CIRCUIT_OPEN); the first one after that is a probe, whose result
 * closes or reopens it. State lives in the tenant table's packed fields.
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
        if (ti[i + TenantTable.I_BREAKER] == 0) {
            return;
        }
        if (cause == Stage.SUCCESS) {
            ti[i + TenantTable.I_FAILURES] = 0;
        } else if (++ti[i + TenantTable.I_FAILURES] >= ti[i + TenantTable.I_BREAKER]) {
            td[i + TenantTable.D_OPEN_UNTIL] = now + openSeconds[t];
        }
    }
}
