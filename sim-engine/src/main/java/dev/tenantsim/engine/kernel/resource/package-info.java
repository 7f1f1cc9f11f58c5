/**
 * Resources the platform model is built from. All are job-id based: the owner keeps per-job data
 * in its own primitive arrays indexed by a dense int job id; a resource registers itself as an
 * event handler on the {@link dev.tenantsim.engine.kernel.Simulation} and reports back through
 * {@link dev.tenantsim.engine.kernel.JobListener}s, with no allocation per job.
 * <ul>
 *   <li>{@link dev.tenantsim.engine.kernel.resource.FcfsStation}: c servers, one FIFO queue;</li>
 *   <li>{@link dev.tenantsim.engine.kernel.resource.ProcessorSharingStation}: c cores shared
 *       equally, one pending calendar event;</li>
 *   <li>{@link dev.tenantsim.engine.kernel.resource.CountedPool}: counted units (DB
 *       connections) with per-key quotas, FIFO waiting and wait timeouts;</li>
 *   <li>{@link dev.tenantsim.engine.kernel.resource.TokenBucket} and
 *       {@link dev.tenantsim.engine.kernel.resource.TokenBuckets}: rate limits, pure arithmetic.</li>
 * </ul>
 */
package dev.tenantsim.engine.kernel.resource;
