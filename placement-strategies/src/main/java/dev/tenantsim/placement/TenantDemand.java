package dev.tenantsim.placement;

import java.util.Set;
import java.util.TreeSet;

/**
 * What placement knows of a tenant.
 *
 * @param id tenant id (hash placement hashes it)
 * @param index dense index (its position in the problem's tenant list)
 * @param tier tier name as in the scenario (e.g. free, pro, enterprise)
 * @param region home region
 * @param allowedRegions regions its data may live in; empty means any region
 * @param mean mean demand per resource
 * @param peak peak demand per resource (at least the mean)
 * @param series optional downsampled demand for correlation-aware packing (null if unknown)
 * @param monthlyRevenueMicros revenue in micro-dollars per month (for migration risk)
 */
public record TenantDemand(String id, int index, String tier, String region, Set<String> allowedRegions,
                           ResourceVector mean, ResourceVector peak, DemandSeries series,
                           long monthlyRevenueMicros) {

    public TenantDemand {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("tenant id (" + id + ") must not be blank");
        }
        if (index < 0) {
            throw new IllegalArgumentException("tenant " + id + ": index (" + index + ") must be >= 0");
        }
        if (tier == null || tier.isBlank()) {
            throw new IllegalArgumentException("tenant " + id + ": tier (" + tier + ") must not be blank");
        }
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("tenant " + id + ": region (" + region + ") must not be blank");
        }
        allowedRegions = allowedRegions == null ? Set.of() : Set.copyOf(new TreeSet<>(allowedRegions));
        if (mean == null || peak == null) {
            throw new IllegalArgumentException("tenant " + id + ": mean and peak must not be null");
        }
        for (int r = 0; r < ResourceVector.COUNT; r++) {
            if (peak.get(r) < mean.get(r)) {
                throw new IllegalArgumentException("tenant " + id + ": peak." + ResourceVector.NAMES[r] + " ("
                        + peak.get(r) + ") must be >= mean (" + mean.get(r) + ")");
            }
        }
        if (monthlyRevenueMicros < 0) {
            throw new IllegalArgumentException("tenant " + id + ": monthlyRevenueMicros (" + monthlyRevenueMicros
                    + ") must be >= 0");
        }
    }

    /** A tenant without series, residency or revenue (tests, examples). */
    public static TenantDemand simple(String id, int index, String tier, String region, ResourceVector mean,
                                      ResourceVector peak) {
        return new TenantDemand(id, index, tier, region, Set.of(), mean, peak, null, 0);
    }

    /** Whether its data may live in {@code cellRegion}. */
    public boolean allowsRegion(String cellRegion) {
        return allowedRegions.isEmpty() || allowedRegions.contains(cellRegion);
    }

    /** Peak over mean of CPU (1 when idle): how spiky the tenant is. */
    public double spikiness() {
        double m = mean.cpu();
        return m > 0 ? peak.cpu() / m : 1.0;
    }

    /** The same tenant with another demand (the rebalancer's "latest signatures"). */
    public TenantDemand withDemand(ResourceVector newMean, ResourceVector newPeak, DemandSeries newSeries) {
        return new TenantDemand(id, index, tier, region, allowedRegions, newMean, newPeak, newSeries,
                monthlyRevenueMicros);
    }
}
