package dev.tenantsim.engine.fluid;

import dev.tenantsim.engine.platform.metrics.MinuteRuns;

/**
 * Per-tenant outcomes of a fluid run, indexed by dense tenant index. Requests are counts over the
 * horizon; latencies are the fluid approximations described in {@link FluidPass}.
 */
public final class TenantFluidResults {
    private final double[] offered;
    private final double[] served;
    private final double[] rejected;
    private final double[] finalBacklog;
    private final double[] meanLatency;
    private final double[] worstTail;
    private final MinuteRuns[] violations;
    private final double[] load;
    private final double[] slow;

    TenantFluidResults(double[] offered, double[] served, double[] rejected, double[] finalBacklog,
                       double[] meanLatency, double[] worstTail, MinuteRuns[] violations,
                       double[] load, double[] slow) {
        this.offered = offered;
        this.served = served;
        this.rejected = rejected;
        this.finalBacklog = finalBacklog;
        this.meanLatency = meanLatency;
        this.worstTail = worstTail;
        this.violations = violations;
        this.load = load;
        this.slow = slow;
    }

    public int tenantCount() {
        return offered.length;
    }

    /** Requests the tenant offered over the horizon. */
    public double offeredRequests(int t) {
        return offered[t];
    }

    /** Requests served (completed) over the horizon. */
    public double servedRequests(int t) {
        return served[t];
    }

    /** Requests rejected by the rate limit or the concurrency cap. */
    public double rejectedRequests(int t) {
        return rejected[t];
    }

    /** Requests still waiting at the end of the horizon. */
    public double finalBacklogRequests(int t) {
        return finalBacklog[t];
    }

    /**
     * Expected completed requests slower than the tenant's slow threshold over the horizon, NaN
     * when none was set ({@link FluidModel.Builder#slowThreshold}).
     */
    public double slowRequests(int t) {
        return slow[t];
    }

    /** Request-weighted mean latency in seconds (0 if nothing was served). */
    public double meanLatencySeconds(int t) {
        return meanLatency[t];
    }

    /** Highest per-minute approximate tail latency (the options' quantile, p99 by default). */
    public double worstTailSeconds(int t) {
        return worstTail[t];
    }

    /** Minutes in which the tenant violated its SLO (docs/metrics.md definition). */
    public long violationMinutes(int t) {
        return violations[t].count();
    }

    /** The minutes (0-based from the horizon start) in which the tenant violated its SLO. */
    public MinuteRuns violations(int t) {
        return violations[t];
    }

    /**
     * The load the tenant put on its stack over the horizon, in seconds: served requests times their
     * work (app CPU + DB CPU + DB IO + connection-hold seconds), the measure an incident's aggressor
     * is named by.
     */
    public double load(int t) {
        return load[t];
    }
}
