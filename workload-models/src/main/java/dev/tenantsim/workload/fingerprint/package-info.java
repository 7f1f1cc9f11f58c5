/**
 * Fingerprints: the shape of each tenant's demand, computed in one streaming pass over minutes
 * ({@link dev.tenantsim.workload.fingerprint.FingerprintAccumulator}, or
 * {@link dev.tenantsim.workload.fingerprint.Fingerprinter} over signatures).
 *
 * <p>Definitions (x = a tenant's rate per minute, requests/s; A = the sum over tenants; n minutes):
 * mean, population sd and CV = sd/mean; p50/p95/p99 from a fixed log-bin histogram (16 bins per
 * octave from 1.5e−5 to 65,536 req/s, midpoint reported, relative error ≤ 3.2%; values below the
 * range count as 0); peak-to-mean = max/mean (max exact); index of dispersion = Var(60x)/E(60x);
 * dispersion beyond diurnal = the same with the first 24 h harmonic's variance removed; diurnal
 * amplitude = 2|Σ x e^{iθ}|/n / mean with θ = 2π·(clock minute of day)/1440, peak hour = arg/2π × 24;
 * correlation with the aggregate = Pearson(x, A), with the others = Pearson(x, A − x); peak
 * coincidence = share of the aggregate's top-1% minutes (⌈0.01 n⌉ minutes, kept by a running top-K)
 * in which x is in or above the histogram bin of its own p95 (about 0.05 for an independent tenant;
 * a flat tenant always sits in its p95 bin and scores 1). Classified into placement buckets by
 * {@link dev.tenantsim.workload.fingerprint.FingerprintClassifier}; written by
 * {@link dev.tenantsim.workload.fingerprint.FingerprintCsvWriter}.
 */
package dev.tenantsim.workload.fingerprint;
