/**
 * Who the tenants are and what they demand over time — the bottom of the reactor; knows nothing of
 * simulation, placement or prices (revenue is an exact decimal attribute of a tenant).
 *
 * <ul>
 *   <li>Tenants: {@link dev.tenantsim.workload.TenantProfile}, {@link dev.tenantsim.workload.Tier},
 *       {@link dev.tenantsim.workload.Slo}, {@link dev.tenantsim.workload.Residency}; populations
 *       drawn by {@link dev.tenantsim.workload.PopulationGenerator} from a
 *       {@link dev.tenantsim.workload.PopulationSpec} (count, tier mix, mean and largest size).</li>
 *   <li>Demand: a {@link dev.tenantsim.workload.Signature} per tenant, a pure function of (seed,
 *       tenant, minute) — {@code fillRates} for the fluid pass, {@link dev.tenantsim.workload.Arrivals}
 *       for the request-level pass, {@code work()} for per-request work distributions and
 *       {@code jobs()} for background jobs. Built by {@code generator.SignatureFactory} from
 *       composable generators ({@code generator.GeneratorRegistry}).</li>
 *   <li>Real telemetry: {@code trace} (readers, replay, TRACE-FORMAT.md).</li>
 *   <li>Shapes for placement and reports: {@code fingerprint}.</li>
 * </ul>
 * Randomness is counter-based ({@link dev.tenantsim.workload.CounterHash}) where a value must be a
 * pure function of its coordinates, and a seeded Commons RNG generator elsewhere; never
 * the JDK's global or unseeded generators.
 */
package dev.tenantsim.workload;
