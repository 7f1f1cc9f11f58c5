/**
 * Calibration: fitting each traced tenant's signature (mean rate, weekly and daily shape, bursts)
 * to the generators a scenario can name, so that {@code tenantsim calibrate} can write a scenario
 * that reproduces a trace ({@link dev.tenantsim.workload.calibrate.SignatureFitter} per tenant,
 * {@link dev.tenantsim.workload.calibrate.TraceCalibration} over a replayed trace, per-tenant
 * metadata from {@link dev.tenantsim.workload.calibrate.TenantMetaCsv}).
 */
package dev.tenantsim.workload.calibrate;
