package dev.tenantsim.report.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What happened to one tenant. Counts are means per replication.
 *
 * @param stack               the pool, cell or dedicated stack the tenant ran on
 * @param errorRate           failed / offered requests (docs/metrics.md "Error rate")
 * @param sloP99Ms            the tenant's p99 objective, from its tier
 * @param violationMinutes    SLO-violation minutes (docs/metrics.md), mean per replication
 * @param availability        1 − violation minutes / minutes simulated
 * @param loadShare           share of its stack's busy server time this tenant used (0..1)
 * @param noisyNeighborImpact p99 shared / p99 solo (docs/metrics.md); NaN when not computed
 * @param monthlyRevenue      the tenant's monthly fee
 * @param showback            its share of the monthly bill, or null when no cost was computed
 * @param errorsByCause       failed requests by cause (rate-limited, shed, pool-timeout, ...), mean per
 *                            replication; empty when the engine does not break errors down
 * @param appCacheHitRatio    hits / lookups at its stack's app cache over the span (docs/metrics.md
 *                            "Hit ratio"); null (and left out of results.json) without an app cache
 * @param bufferPoolHitRatio  page hits / page reads at its shard's buffer pool; null without one
 */
public record TenantResult(
        String id,
        String tier,
        String stack,
        double offeredRequests,
        double completedRequests,
        double errorRate,
        LatencyStats latency,
        double sloP99Ms,
        double violationMinutes,
        double availability,
        double loadShare,
        double noisyNeighborImpact,
        BigDecimal monthlyRevenue,
        BigDecimal showback,
        Map<String, Double> errorsByCause,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double appCacheHitRatio,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double bufferPoolHitRatio) implements java.io.Serializable {

    /** A tenant that met no cache. */
    public TenantResult(String id, String tier, String stack, double offeredRequests, double completedRequests, double errorRate,
                        LatencyStats latency, double sloP99Ms, double violationMinutes, double availability, double loadShare,
                        double noisyNeighborImpact, BigDecimal monthlyRevenue, BigDecimal showback, Map<String, Double> errorsByCause) {
        this(id, tier, stack, offeredRequests, completedRequests, errorRate, latency, sloP99Ms, violationMinutes, availability,
                loadShare, noisyNeighborImpact, monthlyRevenue, showback, errorsByCause, null, null);
    }

    public TenantResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(monthlyRevenue, "monthlyRevenue");
        errorsByCause = errorsByCause == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(errorsByCause));
    }

    /** Whether the tenant had at least one SLO-violation minute. */
    public boolean breached() {
        return violationMinutes > 0;
    }
}
