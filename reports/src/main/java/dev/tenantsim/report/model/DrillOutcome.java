package dev.tenantsim.report.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a drill of the timeline did to each tenant over its window, beyond its blast radius: the
 * plain-words summary the Events section opens with, who was down and why, and what it cost.
 *
 * @param summary            one sentence, e.g. "The region outage took 20% of tenants down for 30 minutes; ..."
 * @param failedOver         ids of the tenants that failed over to a pair stack, in tenant order
 * @param residencyDown      ids of the tenants that stayed down because their residency forbids the pair's region
 * @param pairDown           ids of the tenants that stayed down because the pair stack was down too
 * @param downMinutes        per tenant with any: its down minutes in the window (minutes in which its requests failed
 *                           at least half the minute), in tenant order
 * @param availabilityByTier per tier: the mean over its tenants and the replications of 1 − violation minutes in the
 *                           window / the window's minutes
 * @param slaCredits         SLA credits of the incident (the tier schedules applied to each tenant's month with the
 *                           window's violation minutes), mean over replications, USD
 * @param creditsByTier      the same per tier, USD
 * @param failedChanges      provisioning and config changes that failed in the window (control-plane outage), else 0
 */
public record DrillOutcome(String summary, List<String> failedOver, List<String> residencyDown, List<String> pairDown,
                           Map<String, Integer> downMinutes, Map<String, Double> availabilityByTier, BigDecimal slaCredits,
                           Map<String, BigDecimal> creditsByTier, long failedChanges) implements java.io.Serializable {
    public DrillOutcome {
        failedOver = List.copyOf(failedOver);
        residencyDown = List.copyOf(residencyDown);
        pairDown = List.copyOf(pairDown);
        downMinutes = new LinkedHashMap<>(downMinutes);
        availabilityByTier = new LinkedHashMap<>(availabilityByTier);
        creditsByTier = new LinkedHashMap<>(creditsByTier);
    }

    @Override
    public Map<String, Integer> downMinutes() {
        return java.util.Collections.unmodifiableMap(downMinutes);
    }

    @Override
    public Map<String, Double> availabilityByTier() {
        return java.util.Collections.unmodifiableMap(availabilityByTier);
    }

    @Override
    public Map<String, BigDecimal> creditsByTier() {
        return java.util.Collections.unmodifiableMap(creditsByTier);
    }
}
