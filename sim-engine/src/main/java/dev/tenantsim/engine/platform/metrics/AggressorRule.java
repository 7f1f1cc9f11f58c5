package dev.tenantsim.engine.platform.metrics;

import dev.tenantsim.engine.platform.Incident;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run's aggressor (docs/metrics.md), one rule for both passes: the tenant the incidents of
 * shared stacks name most often over all replications (a tenant alone on its stack is never named
 * for its own incident); ties go to the larger mean load, then to the tenant named first. Without
 * such incidents, the tenant on a shared stack that put at least {@link #LOAD_SHARE} of all load on
 * the platform, if there is one. -1 when there is no aggressor.
 */
public final class AggressorRule {
    /** Share of the platform's load that makes a tenant the aggressor when no incident names one. */
    public static final double LOAD_SHARE = 0.25;

    private AggressorRule() {
    }

    public static int of(List<Measurements> replications) {
        Measurements first = replications.get(0);
        int n = first.tenantCount();
        int[] perStack = new int[first.stacks().size()];
        for (TenantMeasure t : first.tenants()) {
            perStack[t.stack()]++;
        }
        Map<Integer, Integer> named = new LinkedHashMap<>();
        for (Measurements m : replications) {
            for (Incident inc : m.incidents()) {
                if (inc.aggressor() >= 0 && perStack[inc.stack()] > 1) {
                    named.merge(inc.aggressor(), 1, Integer::sum);
                }
            }
        }
        double[] load = Replicated.meanLoad(replications);
        double total = 0;
        for (double l : load) {
            total += l;
        }
        int best = -1;
        for (Map.Entry<Integer, Integer> e : named.entrySet()) {
            if (best < 0 || e.getValue() > named.get(best)
                    || e.getValue().equals(named.get(best)) && load[e.getKey()] > load[best]) {
                best = e.getKey();
            }
        }
        if (best >= 0 || n < 2) {
            return best;
        }
        int top = -1;
        for (int i = 0; i < n; i++) {
            if (perStack[first.tenant(i).stack()] > 1 && (top < 0 || load[i] > load[top])) {
                top = i;
            }
        }
        return top >= 0 && total > 0 && load[top] / total >= LOAD_SHARE ? top : -1;
    }
}
