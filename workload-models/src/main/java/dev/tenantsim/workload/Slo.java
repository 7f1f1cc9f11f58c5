package dev.tenantsim.workload;

/**
 * A service-level objective, as defined in docs/metrics.md: a tenant-minute violates it when its p99
 * latency exceeds {@code p99Seconds} or its error rate exceeds {@code errorBudget}; availability
 * over a horizon is 1 − violation minutes / minutes, and {@code availabilityTarget} is what the
 * contract promises.
 *
 * @param p99Seconds         latency objective for the per-minute p99, seconds (&gt; 0)
 * @param errorBudget        allowed failed/offered fraction per minute, in [0, 1)
 * @param availabilityTarget contractual availability, in (0, 1]
 */
public record Slo(double p99Seconds, double errorBudget, double availabilityTarget) {
    public Slo {
        if (!(p99Seconds > 0) || Double.isInfinite(p99Seconds)) {
            throw new IllegalArgumentException("slo.p99 (" + p99Seconds + ") must be a positive number of seconds");
        }
        if (!(errorBudget >= 0 && errorBudget < 1)) {
            throw new IllegalArgumentException("slo.errorBudget (" + errorBudget + ") must be in [0, 1)");
        }
        if (!(availabilityTarget > 0 && availabilityTarget <= 1)) {
            throw new IllegalArgumentException("slo.availability (" + availabilityTarget + ") must be in (0, 1]");
        }
    }
}
