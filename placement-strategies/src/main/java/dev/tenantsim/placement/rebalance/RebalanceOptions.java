package dev.tenantsim.placement.rebalance;

import dev.tenantsim.placement.LoadBasis;
import java.util.Map;
import java.util.TreeMap;

/**
 * Options of the rebalancer.
 *
 * @param maxMoves at most this many moves (K)
 * @param basis load the worst cell's peak and the targets' headroom are judged on (default
 *     SERIES_PEAK: the peak of the summed series)
 * @param copyRateGbPerHour rate at which a tenant's data is copied to its new cell (default 360
 *     GB/h, i.e. 100 MB/s of logical replication)
 * @param tierRisk risk weight of each tier in [0, 1]; tiers not named weigh {@code defaultTierRisk}
 * @param defaultTierRisk risk weight of tiers not in the map
 */
public record RebalanceOptions(int maxMoves, LoadBasis basis, double copyRateGbPerHour, Map<String, Double> tierRisk,
                               double defaultTierRisk) {

    public RebalanceOptions {
        if (maxMoves < 0) {
            throw new IllegalArgumentException("maxMoves (" + maxMoves + ") must be >= 0");
        }
        if (basis == null) {
            throw new IllegalArgumentException("basis (null) must be one of mean, peak, series_peak");
        }
        if (!(copyRateGbPerHour > 0) || Double.isInfinite(copyRateGbPerHour)) {
            throw new IllegalArgumentException("copyRateGbPerHour (" + copyRateGbPerHour + ") must be a finite number > 0");
        }
        tierRisk = Map.copyOf(new TreeMap<>(tierRisk == null ? Map.of() : tierRisk));
        tierRisk.forEach((tier, w) -> checkWeight("tierRisk." + tier, w));
        checkWeight("defaultTierRisk", defaultTierRisk);
    }

    /** K moves on the summed-series peak, 360 GB/h, enterprise 1.0, pro 0.5, free 0.2, others 0.5. */
    public static RebalanceOptions defaults(int maxMoves) {
        return new RebalanceOptions(maxMoves, LoadBasis.SERIES_PEAK, 360.0,
                Map.of("enterprise", 1.0, "pro", 0.5, "free", 0.2), 0.5);
    }

    public double riskOfTier(String tier) {
        return tierRisk.getOrDefault(tier, defaultTierRisk);
    }

    private static void checkWeight(String field, Double w) {
        if (w == null || !(w >= 0 && w <= 1)) {
            throw new IllegalArgumentException(field + " (" + w + ") must be in [0, 1]");
        }
    }
}
