package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.kernel.Simulation;
import dev.tenantsim.engine.kernel.resource.TokenBuckets;
import dev.tenantsim.engine.platform.ErrorCause;
import dev.tenantsim.engine.platform.TenantControls;

/**
 * The edge, in order: the tenant's token bucket (over it → RATE_LIMITED), its concurrency cap on
 * attempts inside the server (→ RATE_LIMITED), and admission control — when every app thread is
 * busy and the app's accept queue already holds the limit, SHED. An admitted attempt counts
 * against its tenant's cap until it ends.
 */
final class EdgeAdmission extends Stage {
    private final Simulation sim;
    private final int[] ti;
    private final JobSlots jobs;
    private final TokenBuckets buckets;
    private final int admissionLimit;
    private final AppTier app;

    /** @param admissionLimit accept-queue length at which to shed ({@code Controls.UNLIMITED}: never) */
    EdgeAdmission(StackContext ctx, int admissionLimit, AppTier app) {
        sim = ctx.sim;
        ti = ctx.tenants.ti;
        jobs = ctx.jobs;
        this.admissionLimit = admissionLimit;
        this.app = app;
        TenantTable tenants = ctx.tenants;
        buckets = new TokenBuckets(Math.max(1, tenants.n));
        for (int t = 0; t < tenants.n; t++) {
            TenantControls.RateLimit r = tenants.controls[t].rateLimit();
            if (r.isOn()) {
                buckets.limit(t, r.perSecond(), r.burst());
            }
        }
    }

    @Override
    void accept(int j) {
        int t = jobs.tenant[j];
        if (!buckets.tryAcquire(t, sim.now())) {
            outer.ended(j, ErrorCause.RATE_LIMITED.ordinal());
            return;
        }
        int i = t << 4;
        if (ti[i + TenantTable.I_INFLIGHT] >= ti[i + TenantTable.I_CAP]) {
            outer.ended(j, ErrorCause.RATE_LIMITED.ordinal());
            return;
        }
        if (app.isSaturated(admissionLimit)) {
            outer.ended(j, ErrorCause.SHED.ordinal());
            return;
        }
        ti[i + TenantTable.I_INFLIGHT]++;
        inner.accept(j);
    }

    @Override
    void ended(int j, int cause) {
        ti[(jobs.tenant[j] << 4) + TenantTable.I_INFLIGHT]--;
        outer.ended(j, cause);
    }
}
