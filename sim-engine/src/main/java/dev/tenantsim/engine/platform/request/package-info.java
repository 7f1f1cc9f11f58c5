/**
 * The request-level discrete-event simulation of one stack ({@link
 * dev.tenantsim.engine.platform.request.StackSimulation}) on the kernel's resources: processor
 * sharing stations for app CPU, DB CPU and DB IO, a counted pool with per-tenant quotas for DB
 * connections, token buckets at the edge, a queue discipline for background workers. Hot path on
 * primitive arrays indexed by call and job slots; timeouts in {@code DeadlineRing}s.
 */
package dev.tenantsim.engine.platform.request;
