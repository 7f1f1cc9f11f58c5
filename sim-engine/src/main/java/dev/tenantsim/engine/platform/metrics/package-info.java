/**
 * What a run measured and every docs/metrics.md figure as one plain function over it, the same
 * for the request-level and the fluid pass. {@link dev.tenantsim.engine.platform.metrics.Measurements}
 * (one per replication: {@link dev.tenantsim.engine.platform.metrics.TenantMeasure} per tenant,
 * {@link dev.tenantsim.engine.platform.metrics.StackMeasure} per stack with utilization per
 * {@link dev.tenantsim.engine.platform.metrics.Resource}) is built from the request-level
 * {@code Results} in one place ({@code Measurements.of}). The figures: the per-minute SLO rule and
 * availability ({@link dev.tenantsim.engine.platform.metrics.SloJudge}), incidents
 * ({@link dev.tenantsim.engine.platform.metrics.IncidentDetector} finds the windows,
 * {@link dev.tenantsim.engine.platform.metrics.Incidents} names their aggressors), the run's
 * aggressor ({@link dev.tenantsim.engine.platform.metrics.AggressorRule}), blast radius
 * ({@link dev.tenantsim.engine.platform.metrics.BlastShares}), load share
 * ({@link dev.tenantsim.engine.platform.metrics.LoadShares}), the error rate
 * ({@link dev.tenantsim.engine.platform.metrics.ErrorRates}), per-tier totals
 * ({@link dev.tenantsim.engine.platform.metrics.TierTotals}), noisy-neighbor impact
 * ({@link dev.tenantsim.engine.platform.metrics.NoisyNeighborImpact}) and means and intervals over
 * replications ({@link dev.tenantsim.engine.platform.metrics.Replicated}). Money (SLA credits,
 * showback) needs the cost model and is computed in {@code scenario.runner.cost.ScenarioCosts}.
 */
package dev.tenantsim.engine.platform.metrics;
