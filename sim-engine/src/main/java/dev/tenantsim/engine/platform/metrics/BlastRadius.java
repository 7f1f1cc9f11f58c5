package dev.tenantsim.engine.platform.metrics;

import dev.tenantsim.engine.platform.Incident;
import dev.tenantsim.engine.platform.Results;
import dev.tenantsim.engine.platform.TenantResult;

/**
 * Blast radius of an incident (docs/metrics.md): the tenants — and their share of revenue — with at
 * least one violation minute during the incident window, the aggressor excluded. The population is
 * every tenant of the run (all stacks) except the aggressor, so containing an incident to one cell
 * shows as a smaller radius.
 */
public record BlastRadius(int affectedTenants, int population, double tenantShare, double revenueShare) {

    public static BlastRadius of(Results results, Incident incident) {
        return of(results, incident.startMinute(), incident.endMinute(), incident.aggressor());
    }

    /** Blast radius of the window [fromMinute, toMinute), {@code aggressor} excluded (-1: none). */
    public static BlastRadius of(Results results, int fromMinute, int toMinute, int aggressor) {
        int affected = 0;
        int population = 0;
        long revenueAffected = 0;
        long revenueTotal = 0;
        for (TenantResult t : results.tenants()) {
            if (t.tenant() == aggressor) {
                continue;
            }
            population++;
            revenueTotal += t.revenueMicros();
            if (t.violatedDuring(fromMinute, toMinute)) {
                affected++;
                revenueAffected += t.revenueMicros();
            }
        }
        double tenantShare = population == 0 ? 0 : (double) affected / population;
        double revenueShare = revenueTotal == 0 ? 0 : (double) revenueAffected / revenueTotal;
        return new BlastRadius(affected, population, tenantShare, revenueShare);
    }
}
