/**
 * The discrete-event kernel, tenant-agnostic: {@link dev.tenantsim.engine.kernel.Simulation}
 * (clock, handler registry, run loop), {@link dev.tenantsim.engine.kernel.EventCalendar}
 * (pending events on primitive arrays, ties in scheduling order, cheap cancel),
 * {@link dev.tenantsim.engine.kernel.RandomStreams} (named streams from the scenario seed) and
 * {@link dev.tenantsim.engine.kernel.JobListener} (how resources call their owner back).
 *
 * <p>Sub-packages: {@code resource} (stations, pools, rate limiters built on the kernel),
 * {@code stats} (latency recorders, time-weighted averages, replications), {@code analytic}
 * (closed-form queueing results), {@code queue} (queue disciplines). This package never depends
 * on {@code platform}, the fluid pass or workloads (checked by {@code ArchitectureTest}).
 */
package dev.tenantsim.engine.kernel;
