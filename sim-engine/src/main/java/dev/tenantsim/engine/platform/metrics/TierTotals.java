package dev.tenantsim.engine.platform.metrics;

import dev.tenantsim.engine.platform.ErrorCause;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-tier totals (docs/metrics.md): over the tier's tenants, the sums of their mean (over
 * replications) offered, completed, failed and slow requests and violation minutes, how many had a
 * violation minute, and the tier's error rate by the one definition ({@link ErrorRates}).
 *
 * @param slowRequests  completed requests slower than their tenant's threshold (NaN when a pass did
 *                      not count them)
 * @param failedByCause mean failed requests per cause, causes in the order they first appear among
 *                      the tier's tenants (causes with none left out)
 */
public record TierTotals(int tier, int tenants, double offered, double completed, double failed, double slowRequests,
                         Map<ErrorCause, Double> failedByCause, double violationMinutes, int tenantsBreaching,
                         long revenueMicros) {
    public TierTotals {
        failedByCause = Collections.unmodifiableMap(new LinkedHashMap<>(failedByCause));
    }

    public double errorRate() {
        return ErrorRates.of(failed, completed);
    }

    /** Totals of tiers 0 .. tierCount-1 (a tier without tenants: zeros). */
    public static List<TierTotals> of(List<Measurements> replications, int tierCount) {
        Measurements first = replications.get(0);
        List<TierTotals> out = new ArrayList<>(tierCount);
        for (int k = 0; k < tierCount; k++) {
            int count = 0;
            int breaching = 0;
            double offered = 0;
            double completed = 0;
            double failed = 0;
            double slow = 0;
            double vm = 0;
            long revenue = 0;
            Map<ErrorCause, Double> causes = new LinkedHashMap<>();
            for (int i = 0; i < first.tenantCount(); i++) {
                if (first.tenant(i).tier() != k) {
                    continue;
                }
                int t = i;
                count++;
                double minutes = Replicated.mean(replications, m -> m.tenant(t).violationMinuteCount());
                breaching += minutes > 0 ? 1 : 0;
                offered += Replicated.mean(replications, m -> m.tenant(t).offered());
                completed += Replicated.mean(replications, m -> m.tenant(t).completed());
                slow += Replicated.mean(replications, m -> m.tenant(t).slowRequests());
                Map<ErrorCause, Double> mine = failedByCause(replications, t);
                mine.forEach((c, v) -> causes.merge(c, v, Double::sum));
                failed += mine.values().stream().mapToDouble(Double::doubleValue).sum();
                vm += minutes;
                revenue += first.tenant(i).revenueMicros();
            }
            out.add(new TierTotals(k, count, offered, completed, failed, slow, causes, vm, breaching, revenue));
        }
        return out;
    }

    /** A tenant's mean failed requests per cause over replications, causes with none left out. */
    public static Map<ErrorCause, Double> failedByCause(List<Measurements> replications, int tenant) {
        Map<ErrorCause, Double> m = new LinkedHashMap<>();
        for (ErrorCause c : ErrorCause.values()) {
            double mean = Replicated.mean(replications, r -> r.tenant(tenant).errors(c));
            if (mean > 0) {
                m.put(c, mean);
            }
        }
        return m;
    }
}
