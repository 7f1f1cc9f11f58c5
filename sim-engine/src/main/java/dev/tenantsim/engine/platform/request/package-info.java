/**
 * The request-level discrete-event simulation of one stack ({@link
 * dev.tenantsim.engine.platform.request.StackSimulation}) on the kernel's resources: processor
 * sharing stations for app CPU, DB CPU and DB IO, a counted pool with per-tenant quotas for DB
 * connections, token buckets at the edge, a queue discipline for background workers.
 *
 * <p>The request path is a chain of {@code Stage}s (client, edge admission, client timeout, app
 * tier, cache, data tier) assembled in one list in {@code StackSimulation}'s constructor; a new
 * stage is one class and one line there. Hot path on primitive arrays: a {@code TenantTable}
 * packed per tenant, call and job slots with free lists, timeouts in {@code DeadlineRing}s, one
 * int-kind event handler per part; nothing is allocated per request.
 */
package dev.tenantsim.engine.platform.request;
