package dev.tenantsim.engine.platform.metrics;

import dev.tenantsim.engine.platform.Incident;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Incidents and their aggressors (docs/metrics.md), the one rule over measurements: the windows
 * {@link IncidentDetector} finds in each stack's tenants-in-violation series, each naming the
 * tenant of that stack with the most load during the window (ties: the lower tenant index; no
 * load at all: none). Sorted by start minute, then stack.
 */
public final class Incidents {
    private Incidents() {
    }

    public static List<Incident> of(List<TenantMeasure> tenants, List<StackMeasure> stacks) {
        List<List<TenantMeasure>> members = new ArrayList<>(stacks.size());
        for (int s = 0; s < stacks.size(); s++) {
            members.add(new ArrayList<>());
        }
        for (TenantMeasure t : tenants) {
            members.get(t.stack()).add(t);
        }
        List<Incident> out = new ArrayList<>();
        for (StackMeasure st : stacks) {
            for (IncidentDetector.Window w : IncidentDetector.detect(st.tenantsInViolation(), st.tenantCount())) {
                TenantMeasure a = aggressor(members.get(st.stack()), w.start(), w.end());
                out.add(new Incident(st.stack(), w.start(), w.end(), a == null ? -1 : a.tenant(), a == null ? null : a.id(),
                        w.peakShare()));
            }
        }
        out.sort(Comparator.comparingInt(Incident::startMinute).thenComparingInt(Incident::stack));
        return out;
    }

    /** The tenant among {@code stackTenants} with the most load in minutes [from, to), or null if none had any. */
    public static TenantMeasure aggressor(List<TenantMeasure> stackTenants, int from, int to) {
        TenantMeasure best = null;
        double bestLoad = 0;
        for (TenantMeasure t : stackTenants) {
            double load = t.load().between(from, to);
            if (load > 0 && (best == null || load > bestLoad)) {
                best = t;
                bestLoad = load;
            }
        }
        return best;
    }
}
