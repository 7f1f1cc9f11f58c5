package dev.tenantsim.engine.platform.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What one event of the timeline did, over its window's minutes {@code [fromMinute, toMinute)} of
 * the measured span: its blast radius (docs/metrics.md: the share of tenants, and of revenue, with
 * at least one SLO-violation minute in the window, the aggressor excluded: a load spike's own
 * tenant, none for a fault of the platform), the mean violation minutes per replication the
 * affected tenants had in it, and which tenants and stacks those were (in any replication).
 *
 * @param blast             blast radius over the window
 * @param violationMinutes  mean over replications of the tenants' violation minutes in the window (sum over tenants)
 * @param affectedTenants   dense indices of the tenants with a violation minute in the window in any replication, ascending
 * @param affectedStacks    stack indices of those tenants, ascending
 */
public record EventImpact(BlastShares blast, double violationMinutes, List<Integer> affectedTenants,
                          List<Integer> affectedStacks) {
    public EventImpact {
        affectedTenants = List.copyOf(affectedTenants);
        affectedStacks = List.copyOf(affectedStacks);
    }

    /** The impact over minutes {@code [fromMinute, toMinute)} of the measured span, {@code aggressor} excluded (-1: none). */
    public static EventImpact of(List<Measurements> replications, int aggressor, int fromMinute, int toMinute) {
        BlastShares blast = BlastShares.of(replications, aggressor, fromMinute, toMinute);
        int n = replications.get(0).tenantCount();
        TreeSet<Integer> tenants = new TreeSet<>();
        TreeSet<Integer> stacks = new TreeSet<>();
        double minutes = 0;
        for (Measurements m : replications) {
            for (int i = 0; i < n; i++) {
                if (i == aggressor) {
                    continue;
                }
                TenantMeasure t = m.tenant(i);
                int inWindow = 0;
                for (int minute : t.violations().toArray()) {
                    if (minute >= fromMinute && minute < toMinute) {
                        inWindow++;
                    }
                }
                if (inWindow > 0) {
                    tenants.add(i);
                    stacks.add(t.stack());
                    minutes += (double) inWindow / replications.size();
                }
            }
        }
        return new EventImpact(blast, minutes, new ArrayList<>(tenants), new ArrayList<>(stacks));
    }
}
