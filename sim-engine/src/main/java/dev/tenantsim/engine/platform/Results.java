package dev.tenantsim.engine.platform;

import java.util.List;

/**
 * Everything a request-level run measured: per tenant (dense index order), per stack (topology
 * order) and the incidents (by start minute, then stack). Plain immutable data: reports and the
 * cost model read it and never reach back into the simulation.
 */
public record Results(double horizonSeconds, int minutes, List<TenantResult> tenants, List<StackResult> stacks,
                      List<Incident> incidents) {
    public Results {
        tenants = List.copyOf(tenants);
        stacks = List.copyOf(stacks);
        incidents = List.copyOf(incidents);
    }

    public TenantResult tenant(int index) {
        return tenants.get(index);
    }

    /** Tenants with at least one SLO-violation minute, {@code excluded} left out (-1: none). */
    public int tenantsWithViolation(int excluded) {
        int n = 0;
        for (TenantResult t : tenants) {
            if (t.tenant() != excluded && t.violationMinuteCount() > 0) {
                n++;
            }
        }
        return n;
    }

    /** Share of tenants other than {@code excluded} with at least one SLO-violation minute. */
    public double shareOfTenantsWithViolation(int excluded) {
        int population = excluded >= 0 && excluded < tenants.size() ? tenants.size() - 1 : tenants.size();
        return population == 0 ? 0 : (double) tenantsWithViolation(excluded) / population;
    }

    /** Attempts over all tenants: the load clients put on the platform, retries included. */
    public long totalAttempts() {
        long s = 0;
        for (TenantResult t : tenants) {
            s += t.attempts();
        }
        return s;
    }

    public long totalCompleted() {
        long s = 0;
        for (TenantResult t : tenants) {
            s += t.completed();
        }
        return s;
    }
}
