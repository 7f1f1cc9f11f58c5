package dev.tenantsim.report.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One tier's aggregate: latency percentiles over all requests of its tenants (not a mean of
 * tenant percentiles), error rate, and how many of its tenants breached their objective.
 *
 * @param showback the tier's share of the monthly bill, or null when no cost was computed
 * @param errorsByCause failed requests of the tier's tenants by cause, mean per replication
 * @param sloBudget the SLO's budgeting method, target, error budget left and burn rate; null when
 *                  not computed
 */
public record TierResult(
        String tier,
        int tenants,
        double offeredRequests,
        double completedRequests,
        double errorRate,
        LatencyStats latency,
        double sloP99Ms,
        int tenantsBreaching,
        double violationMinutes,
        BigDecimal monthlyRevenue,
        BigDecimal showback,
        Map<String, Double> errorsByCause,
        SloBudgetResult sloBudget) implements java.io.Serializable {

    public TierResult {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(monthlyRevenue, "monthlyRevenue");
        errorsByCause = errorsByCause == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(errorsByCause));
        if (tenants < 0 || tenantsBreaching < 0 || tenantsBreaching > tenants) {
            throw new IllegalArgumentException("tenantsBreaching (" + tenantsBreaching + ") must be within 0.." + tenants);
        }
    }

    /** A tier without error-budget figures. */
    public TierResult(String tier, int tenants, double offeredRequests, double completedRequests, double errorRate,
                      LatencyStats latency, double sloP99Ms, int tenantsBreaching, double violationMinutes,
                      BigDecimal monthlyRevenue, BigDecimal showback, Map<String, Double> errorsByCause) {
        this(tier, tenants, offeredRequests, completedRequests, errorRate, latency, sloP99Ms, tenantsBreaching,
                violationMinutes, monthlyRevenue, showback, errorsByCause, null);
    }
}
