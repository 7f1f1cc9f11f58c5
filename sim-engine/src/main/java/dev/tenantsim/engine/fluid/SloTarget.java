package dev.tenantsim.engine.fluid;

/**
 * A tenant's SLO as judged per minute (docs/metrics.md): p99 latency objective and error budget.
 *
 * @param p99Seconds latency objective for the per-minute p99
 * @param errorBudget largest acceptable share of rejected requests in a minute (0..1)
 */
public record SloTarget(double p99Seconds, double errorBudget) {

    public SloTarget {
        if (!(p99Seconds > 0) || Double.isInfinite(p99Seconds)) {
            throw new IllegalArgumentException("p99Seconds (" + p99Seconds + ") must be a finite number > 0");
        }
        if (!(errorBudget >= 0 && errorBudget <= 1)) {
            throw new IllegalArgumentException("errorBudget (" + errorBudget + ") must be in [0, 1]");
        }
    }
}
