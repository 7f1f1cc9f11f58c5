/**
 * The platform model: what tenants do to each other on a topology, request by request.
 *
 * <p>Inputs (all validated in their constructors, errors read "field (value) rule"):
 * <ul>
 *   <li>{@link dev.tenantsim.engine.platform.TenantLoad} per tenant (dense index = list position):
 *       id, tier, revenue, {@link dev.tenantsim.engine.platform.RateProfile} (req/s per minute),
 *       the workload module's {@link dev.tenantsim.workload.RequestWork} (app CPU, DB CPU, DB IO
 *       ops, connection hold as {@link dev.tenantsim.workload.WorkDistribution}s), background
 *       {@link dev.tenantsim.engine.platform.JobBatch}es, cache hit ratio and working set;</li>
 *   <li>a {@link dev.tenantsim.engine.platform.Topology}: stacks
 *       ({@link dev.tenantsim.engine.platform.StackSpec}: app tier, DB with optional shards,
 *       worker pool with a queue discipline, cache) and the stack of each tenant — pooled, cells,
 *       dedicated, dedicated-by-tier or any assignment;</li>
 *   <li>{@link dev.tenantsim.engine.platform.Controls}, per tier or per tenant: rate limits,
 *       concurrency caps, admission control, connection quotas, bulkheads, statement timeouts,
 *       pool wait timeouts, client timeouts and {@link dev.tenantsim.engine.platform.RetryPolicy},
 *       circuit breakers, worker caps and weights;</li>
 *   <li>a {@link dev.tenantsim.engine.platform.SloPolicy} (p99 objective and error budget per
 *       minute, minimum requests per judged minute).</li>
 * </ul>
 * {@link dev.tenantsim.engine.platform.PlatformScenario} bundles them with the horizon;
 * {@link dev.tenantsim.engine.platform.PlatformSimulator#run} runs each stack as its own
 * simulation (in parallel if asked) and returns {@link dev.tenantsim.engine.platform.Results}.
 * The definitions of every figure are those of docs/metrics.md; {@code metrics} holds the
 * measurements both passes produce and every figure as a function over them.
 */
package dev.tenantsim.engine.platform;
