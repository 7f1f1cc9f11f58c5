/**
 * The docs/metrics.md computations, each pinned by a hand-computable test: per-minute SLO judgement
 * with the minimum-request rule ({@link dev.tenantsim.engine.platform.metrics.SloJudge}),
 * incidents ({@link dev.tenantsim.engine.platform.metrics.IncidentDetector}), blast radius
 * ({@link dev.tenantsim.engine.platform.metrics.BlastRadius}), noisy-neighbor impact
 * ({@link dev.tenantsim.engine.platform.metrics.NoisyNeighborImpact}) and intervals over
 * replications ({@link dev.tenantsim.engine.platform.metrics.Replicated}).
 */
package dev.tenantsim.engine.platform.metrics;
