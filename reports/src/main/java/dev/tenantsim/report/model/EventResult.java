package dev.tenantsim.report.model;

import java.util.List;

/**
 * One event of the scenario's timeline and what it did in its window: its blast radius (the share
 * of tenants, and of revenue, with at least one SLO-violation minute in the window, the aggressor
 * excluded) and which tenants and stacks those were.
 *
 * @param kind             loadSpike, dbDegradation or stackOutage
 * @param target           the tenant (loadSpike) or stack it hit
 * @param what             one line of what happened, e.g. "DB of shared-2 at 30% of its cores and IOPS"
 * @param fromSeconds      start, seconds after the horizon start
 * @param toSeconds        end, seconds after the horizon start
 * @param violationMinutes the affected tenants' SLO-violation minutes in the window, mean per replication
 * @param affectedTenants  ids of the tenants with a violation minute in the window (any replication), in tenant order
 * @param affectedStacks   their stacks' names
 * @param drill            per-tenant down minutes, availability per tier, SLA credits and the summary sentence (null: none)
 */
public record EventResult(
        String kind,
        String target,
        String what,
        double fromSeconds,
        double toSeconds,
        int tenantsBreaching,
        int tenantsConsidered,
        double shareOfTenants,
        double shareOfRevenue,
        double violationMinutes,
        List<String> affectedTenants,
        List<String> affectedStacks,
        DrillOutcome drill) implements java.io.Serializable {
    public EventResult(String kind, String target, String what, double fromSeconds, double toSeconds, int tenantsBreaching,
                       int tenantsConsidered, double shareOfTenants, double shareOfRevenue, double violationMinutes,
                       List<String> affectedTenants, List<String> affectedStacks) {
        this(kind, target, what, fromSeconds, toSeconds, tenantsBreaching, tenantsConsidered, shareOfTenants, shareOfRevenue,
                violationMinutes, affectedTenants, affectedStacks, null);
    }

    public EventResult {
        affectedTenants = List.copyOf(affectedTenants);
        affectedStacks = List.copyOf(affectedStacks);
    }
}
