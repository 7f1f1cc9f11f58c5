package dev.tenantsim.engine.platform;

import java.util.Arrays;

/**
 * Each tenant's SLO (docs/metrics.md): a p99 latency objective per minute and an error budget per
 * minute; a minute with fewer than {@code minRequests} requests is judged on its errors only. Each
 * tenant also has a latency threshold above which a completed request counts as slow (the
 * occurrences budgeting method's threshold; by default the p99 objective).
 */
public final class SloPolicy {
    /** The docs/metrics.md default minimum number of requests for a minute's p99 to count. */
    public static final int DEFAULT_MIN_REQUESTS = 20;

    private final double[] p99Objective;
    private final double[] errorBudget;
    private final int minRequests;
    private final double[] slowThreshold;

    /** Objectives and budgets per tenant; each tenant's slow-request threshold is its p99 objective. */
    public SloPolicy(double[] p99ObjectiveSeconds, double[] errorBudget, int minRequests) {
        this(p99ObjectiveSeconds, errorBudget, minRequests, p99ObjectiveSeconds);
    }

    /**
     * @param slowThresholdSeconds per tenant, the latency above which a completed request is slow
     *                             (bad for the occurrences budgeting method), &gt; 0
     */
    public SloPolicy(double[] p99ObjectiveSeconds, double[] errorBudget, int minRequests, double[] slowThresholdSeconds) {
        if (p99ObjectiveSeconds == null || errorBudget == null || p99ObjectiveSeconds.length != errorBudget.length) {
            throw new IllegalArgumentException("slo.p99 and slo.errorBudget must be given for the same tenants");
        }
        for (int i = 0; i < p99ObjectiveSeconds.length; i++) {
            if (!(p99ObjectiveSeconds[i] > 0)) {
                throw new IllegalArgumentException("slo.p99[" + i + "] (" + p99ObjectiveSeconds[i] + ") must be > 0 s");
            }
            if (!(errorBudget[i] >= 0 && errorBudget[i] <= 1)) {
                throw new IllegalArgumentException("slo.errorBudget[" + i + "] (" + errorBudget[i] + ") must be in [0, 1]");
            }
        }
        if (minRequests < 1) {
            throw new IllegalArgumentException("slo.minRequests (" + minRequests + ") must be >= 1");
        }
        if (slowThresholdSeconds == null || slowThresholdSeconds.length != p99ObjectiveSeconds.length) {
            throw new IllegalArgumentException("slo.threshold must be given for the same tenants as slo.p99");
        }
        for (int i = 0; i < slowThresholdSeconds.length; i++) {
            if (!(slowThresholdSeconds[i] > 0)) {
                throw new IllegalArgumentException("slo.threshold[" + i + "] (" + slowThresholdSeconds[i] + ") must be > 0 s");
            }
        }
        this.p99Objective = p99ObjectiveSeconds.clone();
        this.errorBudget = errorBudget.clone();
        this.minRequests = minRequests;
        this.slowThreshold = slowThresholdSeconds.clone();
    }

    /** The same objective for every tenant. */
    public static SloPolicy uniform(int tenantCount, double p99Seconds, double errorBudget) {
        double[] p = new double[tenantCount];
        double[] e = new double[tenantCount];
        Arrays.fill(p, p99Seconds);
        Arrays.fill(e, errorBudget);
        return new SloPolicy(p, e, DEFAULT_MIN_REQUESTS);
    }

    /** Objectives by tier: tenant i gets {@code p99ByTier[tierOf[i]]}; slow above its p99 objective. */
    public static SloPolicy byTier(int[] tierOfTenant, double[] p99ByTier, double[] errorBudgetByTier) {
        return byTier(tierOfTenant, p99ByTier, errorBudgetByTier, p99ByTier);
    }

    /** Objectives and slow-request thresholds by tier: tenant i gets those of tier {@code tierOf[i]}. */
    public static SloPolicy byTier(int[] tierOfTenant, double[] p99ByTier, double[] errorBudgetByTier,
                                   double[] slowThresholdByTier) {
        double[] p = new double[tierOfTenant.length];
        double[] e = new double[tierOfTenant.length];
        double[] s = new double[tierOfTenant.length];
        int tiers = Math.min(p99ByTier.length, Math.min(errorBudgetByTier.length, slowThresholdByTier.length));
        for (int i = 0; i < tierOfTenant.length; i++) {
            int tier = tierOfTenant[i];
            if (tier < 0 || tier >= tiers) {
                throw new IllegalArgumentException("tierOfTenant[" + i + "] (" + tier + ") has no SLO; tiers with SLOs are 0.." + (tiers - 1));
            }
            p[i] = p99ByTier[tier];
            e[i] = errorBudgetByTier[tier];
            s[i] = slowThresholdByTier[tier];
        }
        return new SloPolicy(p, e, DEFAULT_MIN_REQUESTS, s);
    }

    public int tenantCount() {
        return p99Objective.length;
    }

    public double p99Objective(int tenant) {
        return p99Objective[tenant];
    }

    public double errorBudget(int tenant) {
        return errorBudget[tenant];
    }

    public int minRequests() {
        return minRequests;
    }

    /** Latency (seconds) above which a completed request of the tenant counts as slow. */
    public double slowThreshold(int tenant) {
        return slowThreshold[tenant];
    }

    /** The SLOs of the listed tenants only, renumbered 0..n-1. */
    public SloPolicy select(int... tenants) {
        double[] p = new double[tenants.length];
        double[] e = new double[tenants.length];
        double[] s = new double[tenants.length];
        for (int k = 0; k < tenants.length; k++) {
            p[k] = p99Objective[tenants[k]];
            e[k] = errorBudget[tenants[k]];
            s[k] = slowThreshold[tenants[k]];
        }
        return new SloPolicy(p, e, minRequests, s);
    }
}
