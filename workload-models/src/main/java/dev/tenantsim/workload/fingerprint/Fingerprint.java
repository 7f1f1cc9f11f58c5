package dev.tenantsim.workload.fingerprint;

/**
 * The shape of one tenant's demand over a horizon (rates in requests/s, one value per minute).
 * Definitions (also in the package documentation):
 *
 * @param index               dense tenant index
 * @param minutes             minutes observed
 * @param mean                mean rate
 * @param p50                 median minute rate (log-bin histogram, relative error ≤ 3.2%)
 * @param p95                 95th percentile minute rate (same error)
 * @param p99                 99th percentile minute rate (same error)
 * @param max                 highest minute rate (exact)
 * @param peakToMean          max / mean
 * @param cv                  coefficient of variation of the minute rates, sd / mean
 * @param indexOfDispersion   Var(N) / E(N) of the per-minute request counts N = 60 × rate
 *                            (1 for a constant-rate Poisson tenant, ≫ 1 for bursty ones)
 * @param dispersionBeyondDiurnal the index of dispersion left once the 24 h harmonic is removed:
 *                            60 (Var − (amplitude × mean)² / 2) / mean — near 1 for a Poisson
 *                            tenant with a daily cycle, ≫ 1 for a bursty one
 * @param diurnalAmplitude    amplitude of the first 24 h harmonic divided by the mean (0.6 for
 *                            1 + 0.6 cos(·))
 * @param diurnalPeakHour     hour of day (clock of the horizon, UTC by default) at which that
 *                            harmonic peaks, in [0, 24)
 * @param correlationWithAggregate Pearson correlation of the tenant's rate with the sum of all tenants'
 * @param correlationWithOthers    the same with the sum of all the other tenants (excludes self-correlation)
 * @param peakCoincidence     share of the aggregate's top-1% minutes in which this tenant is at or
 *                            above its own p95 (compared on the histogram's bins; 0.05 is what
 *                            independence gives, 1 means it always peaks with the platform)
 * @param shareOfAggregate    mean / mean of the aggregate
 */
public record Fingerprint(int index, int minutes, double mean, double p50, double p95, double p99, double max,
                          double peakToMean, double cv, double indexOfDispersion, double dispersionBeyondDiurnal,
                          double diurnalAmplitude,
                          double diurnalPeakHour, double correlationWithAggregate, double correlationWithOthers,
                          double peakCoincidence, double shareOfAggregate) {
}
