package dev.tenantsim.engine.platform.metrics;

import java.util.Arrays;

/**
 * The per-minute SLO rule of docs/metrics.md: a minute violates a tenant's SLO when its error rate
 * exceeds the budget, or — only if it had at least {@code minRequests} requests — when its p99
 * exceeds the objective. A minute without requests never violates.
 */
public final class SloJudge {
    private SloJudge() {
    }

    /**
     * @param requests   requests that ended in the minute (completed + failed)
     * @param errors     failed requests among them
     * @param p99        p99 of the minute's completed requests (seconds; ignored if none completed)
     */
    public static boolean violates(int requests, int errors, double p99, double p99Objective,
                                   double errorBudget, int minRequests) {
        return violates((double) requests, (double) errors, p99, p99Objective, errorBudget, minRequests);
    }

    /**
     * The same rule over expected counts (the fluid pass judges a step on its served and rejected
     * requests, which are not whole numbers).
     */
    public static boolean violates(double requests, double errors, double p99, double p99Objective,
                                   double errorBudget, double minRequests) {
        if (requests <= 0) {
            return false;
        }
        if (errors / requests > errorBudget) {
            return true;
        }
        if (requests < minRequests || requests == errors) {
            return false;
        }
        return p99 > p99Objective;
    }

    /**
     * Nearest-rank quantile of the first {@code n} values (sorted in place): the smallest value
     * with at least {@code q * n} values at or below it. NaN when n is 0.
     */
    public static double nearestRank(float[] values, int n, double q) {
        if (n == 0) {
            return Double.NaN;
        }
        Arrays.sort(values, 0, n);
        int rank = (int) Math.ceil(q * n);
        return values[Math.max(0, Math.min(n, rank) - 1)];
    }

    /** {@link #nearestRank(float[], int, double)} of {@code values[from, to)} (sorted in place). */
    public static double nearestRank(float[] values, int from, int to, double q) {
        int n = to - from;
        if (n <= 0) {
            return Double.NaN;
        }
        Arrays.sort(values, from, to);
        int rank = (int) Math.ceil(q * n);
        return values[from + Math.max(0, Math.min(n, rank) - 1)];
    }

    /** Availability over a horizon: 1 − violation minutes / minutes. */
    public static double availability(int violationMinutes, int minutes) {
        if (minutes <= 0) {
            throw new IllegalArgumentException("minutes (" + minutes + ") must be > 0");
        }
        return 1.0 - (double) violationMinutes / minutes;
    }
}
