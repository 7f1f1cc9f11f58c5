package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.kernel.Simulation;
import dev.tenantsim.engine.platform.StackSpec;

/**
 * What every part of one stack's simulation shares: the simulation (clock, calendar, streams),
 * the tenant table, the call and job slots, the accounting and the per-minute series. A stage
 * takes what it needs from here in its constructor.
 */
final class StackContext {
    final Simulation sim;
    final StackSpec spec;
    final double horizon;
    final TenantTable tenants;
    final CallSlots calls = new CallSlots();
    final JobSlots jobs = new JobSlots();
    final TenantLedger ledger;
    final StackSeries series;
    final CacheCounters cache;

    StackContext(Simulation sim, StackSpec spec, double horizon, TenantTable tenants, TenantLedger ledger,
                 StackSeries series) {
        this.sim = sim;
        this.spec = spec;
        this.horizon = horizon;
        this.tenants = tenants;
        this.ledger = ledger;
        this.series = series;
        this.cache = new CacheCounters(tenants.n);
    }
}
