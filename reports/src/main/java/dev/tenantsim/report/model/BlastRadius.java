package dev.tenantsim.report.model;

import java.util.List;

/**
 * Blast radius (docs/metrics.md): the share of tenants, and of revenue, with at least one
 * SLO-violation minute, the aggressor excluded; plus the share of tenants in violation per step.
 *
 * @param aggressor         the tenant that used the most of the bottleneck, or null when none stood out
 * @param inViolationPerStep share of tenants (aggressor excluded) in violation in each step
 */
public record BlastRadius(
        int tenantsBreaching,
        int tenantsConsidered,
        double shareOfTenants,
        double shareOfRevenue,
        String aggressor,
        double stepSeconds,
        List<Double> inViolationPerStep) implements java.io.Serializable {

    public BlastRadius {
        inViolationPerStep = List.copyOf(inViolationPerStep);
        if (tenantsBreaching < 0 || tenantsBreaching > tenantsConsidered) {
            throw new IllegalArgumentException("tenantsBreaching (" + tenantsBreaching + ") must be within 0.." + tenantsConsidered);
        }
    }
}
