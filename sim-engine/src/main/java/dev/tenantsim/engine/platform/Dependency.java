package dev.tenantsim.engine.platform;

import dev.tenantsim.workload.WorkDistribution;
import java.util.Arrays;

/**
 * A service the request path calls (an email provider, object storage, a KMS, a search cluster):
 * each call takes one of its {@code capacity} servers (calls beyond wait FIFO) for a time drawn
 * from {@code latency}, and fails with probability {@code failureRate}.
 *
 * <p>A {@code share} of each tenant's requests call it (per tier in {@code shareByTier}, NaN where
 * the tier takes the default). A synchronous call holds the request (and its app thread) until
 * it returns, and a failed call fails the request (DEPENDENCY_ERROR). An asynchronous call only
 * puts a task in the dependency's queue and the request goes on at once; the servers work the
 * queue off later, and its backlog is measured.
 *
 * @param failureRateByTier the failure rate of a tier's calls where it differs (NaN: {@code failureRate}), e.g. a
 *                         provider that throttles one tier's API key
 * @param breaker          a circuit breaker on synchronous calls ({@link TenantControls.Breaker#NONE}: none); while
 *                         open, calls fail fast with CIRCUIT_OPEN
 * @param breakerPerTenant whether a breaker is kept per (tenant, dependency) — one tenant's failing
 *                         calls open only its own — or one per dependency for every tenant
 */
public record Dependency(String name, WorkDistribution latency, int capacity, double failureRate, double share,
                         double[] shareByTier, double[] failureRateByTier, boolean async, TenantControls.Breaker breaker,
                         boolean breakerPerTenant) {
    public Dependency {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("dependency.name (" + name + ") must be a non-blank string");
        }
        if (latency == null) {
            throw new IllegalArgumentException("dependency " + name + ".latency (null) must be given");
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("dependency " + name + ".capacity (" + capacity + ") must be >= 1");
        }
        if (!(failureRate >= 0 && failureRate <= 1)) {
            throw new IllegalArgumentException("dependency " + name + ".failureRate (" + failureRate + ") must be in [0, 1]");
        }
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("dependency " + name + ".share (" + share + ") must be in [0, 1]");
        }
        shareByTier = byTier(name, "shareByTier", shareByTier);
        failureRateByTier = byTier(name, "failureRateByTier", failureRateByTier);
        if (breaker == null) {
            breaker = TenantControls.Breaker.NONE;
        }
    }

    private static double[] byTier(String name, String field, double[] values) {
        double[] v = values == null ? new double[0] : values.clone();
        for (int k = 0; k < v.length; k++) {
            if (!Double.isNaN(v[k]) && !(v[k] >= 0 && v[k] <= 1)) {
                throw new IllegalArgumentException("dependency " + name + "." + field + "[" + k + "] (" + v[k] + ") must be in [0, 1]");
            }
        }
        return v;
    }

    /** A synchronous dependency called by {@code share} of every tenant's requests, without a breaker. */
    public static Dependency sync(String name, WorkDistribution latency, int capacity, double failureRate, double share) {
        return new Dependency(name, latency, capacity, failureRate, share, null, null, false, TenantControls.Breaker.NONE, true);
    }

    /** An asynchronous dependency: {@code share} of the requests leave it a task and go on. */
    public static Dependency async(String name, WorkDistribution latency, int workers, double failureRate, double share) {
        return new Dependency(name, latency, workers, failureRate, share, null, null, true, TenantControls.Breaker.NONE, true);
    }

    /** The same dependency with a circuit breaker, per (tenant, dependency) or per dependency. */
    public Dependency withBreaker(TenantControls.Breaker b, boolean perTenant) {
        return new Dependency(name, latency, capacity, failureRate, share, shareByTier, failureRateByTier, async, b, perTenant);
    }

    /** The same dependency with per-tier shares (NaN: the tier takes {@link #share}). */
    public Dependency withShareByTier(double[] byTier) {
        return new Dependency(name, latency, capacity, failureRate, share, byTier, failureRateByTier, async, breaker, breakerPerTenant);
    }

    /** The same dependency with per-tier failure rates (NaN: the tier takes {@link #failureRate}). */
    public Dependency withFailureRateByTier(double[] byTier) {
        return new Dependency(name, latency, capacity, failureRate, share, shareByTier, byTier, async, breaker, breakerPerTenant);
    }

    /** The share of a tier's requests that call it. */
    public double shareOf(int tier) {
        return tier < shareByTier.length && !Double.isNaN(shareByTier[tier]) ? shareByTier[tier] : share;
    }

    /** The failure rate of a tier's calls. */
    public double failureRateOf(int tier) {
        return tier < failureRateByTier.length && !Double.isNaN(failureRateByTier[tier]) ? failureRateByTier[tier] : failureRate;
    }

    @Override
    public double[] shareByTier() {
        return shareByTier.clone();
    }

    @Override
    public double[] failureRateByTier() {
        return failureRateByTier.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dependency d && name.equals(d.name) && latency.equals(d.latency) && capacity == d.capacity
                && Double.compare(failureRate, d.failureRate) == 0 && Double.compare(share, d.share) == 0
                && Arrays.equals(shareByTier, d.shareByTier)
                && Arrays.equals(failureRateByTier, d.failureRateByTier) && async == d.async && breaker.equals(d.breaker)
                && breakerPerTenant == d.breakerPerTenant;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(shareByTier);
    }

    @Override
    public String toString() {
        return "Dependency[" + name + ", " + (async ? "async" : "sync") + ", capacity " + capacity + "]";
    }
}
