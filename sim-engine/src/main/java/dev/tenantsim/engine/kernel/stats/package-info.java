/**
 * Output statistics: {@link dev.tenantsim.engine.kernel.stats.LatencyRecorder} (HdrHistogram,
 * 3 significant digits), {@link dev.tenantsim.engine.kernel.stats.TimeWeightedStatistic}
 * (utilization, queue length), {@link dev.tenantsim.engine.kernel.stats.Tally} (Welford),
 * {@link dev.tenantsim.engine.kernel.stats.Replications} and
 * {@link dev.tenantsim.engine.kernel.stats.ConfidenceInterval} (Student-t over independent
 * replications), {@link dev.tenantsim.engine.kernel.stats.WarmUp} (warm-up deletion).
 */
package dev.tenantsim.engine.kernel.stats;
