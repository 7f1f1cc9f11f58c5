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
        int verdict = countVerdict(requests, errors, errorBudget, minRequests);
        return verdict == LATENCY ? p99 > p99Objective : verdict == VIOLATES;
    }

    /** {@link #countVerdict}: the counts alone say the minute is good. */
    public static final int GOOD = 0;
    /** {@link #countVerdict}: the counts alone say the minute violates (errors over budget). */
    public static final int VIOLATES = 1;
    /** {@link #countVerdict}: the minute's p99 decides. */
    public static final int LATENCY = 2;

    /**
     * The part of the rule the counts decide, shared by every pass: {@link #VIOLATES} when the
     * error rate is over budget; {@link #GOOD} without requests, below {@code minRequests} or
     * without completed requests; else {@link #LATENCY}.
     */
    public static int countVerdict(double requests, double errors, double errorBudget, double minRequests) {
        if (requests <= 0) {
            return GOOD;
        }
        if (errors / requests > errorBudget) {
            return VIOLATES;
        }
        if (requests < minRequests || requests <= errors) {
            return GOOD;
        }
        return LATENCY;
    }

    /**
     * The same rule as a probability, for a pass that knows a minute's expected counts and the
     * chance {@code pExceed} that one completed request is slower than the objective, but not the
     * requests themselves (the fluid pass): 1 when the error rate is over budget, 0 below
     * {@code minRequests} or without completed requests, else
     * {@link #latencyViolationProbability} of the minute's completed requests (rounded).
     */
    public static double violationProbability(double requests, double errors, double pExceed, double errorBudget,
                                              double minRequests) {
        int verdict = countVerdict(requests, errors, errorBudget, minRequests);
        return verdict == LATENCY ? latencyViolationProbability((int) Math.round(requests - errors), pExceed)
                : verdict == VIOLATES ? 1.0 : 0.0;
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

    /** The quantile a minute's latency is judged on (p99). */
    public static final double MINUTE_QUANTILE = 0.99;

    /**
     * How many of a minute's {@code n} completed requests must exceed the objective for its
     * nearest-rank p99 to exceed it: {@code n - ceil(0.99 n) + 1} (1 below 100 requests, where the
     * p99 is the slowest request).
     */
    public static int exceedancesToViolate(int n) {
        return n - (int) Math.ceil(MINUTE_QUANTILE * n - 1e-9) + 1;
    }

    /**
     * The chance that the latency rule above is broken by a minute of {@code n} completed requests
     * whose latencies are independent, each above the objective with probability {@code pExceed}:
     * P(Binomial(n, pExceed) >= {@link #exceedancesToViolate}(n)). This is how the fluid pass,
     * which knows a minute's latency distribution but not its requests, applies the same rule.
     * Exact summation of the binomial up to 16 exceedances (1,600 requests), the Camp-Paulson
     * approximation beyond; a union bound short-cuts the negligible (below 1e-12), a Chernoff-style gap the certain.
     */
    public static double latencyViolationProbability(int n, double pExceed) {
        return atLeast(n, n > 0 ? exceedancesToViolate(n) : 1, pExceed);
    }

    /**
     * P(Binomial(n, pExceed) >= k), k >= 1: exact up to {@link #EXACT_UP_TO}, Camp-Paulson beyond,
     * 0 where the union bound puts it below 1e-12 and 1 where the mean is far past k.
     */
    public static double atLeast(int n, int k, double pExceed) {
        if (k <= 0 && n > 0) {
            return 1.0;
        }
        if (n <= 0 || !(pExceed > 0) || k > n) {
            return 0.0;
        }
        if (pExceed >= 1) {
            return 1.0;
        }
        double lambda = n * pExceed;
        if (k == 1) {
            // 1 - (1 - p)^n without cancellation for small n p
            double y = n * lnOneMinus(pExceed);
            return y > -1e-4 ? -y * (1.0 + 0.5 * y * (1.0 + y / 3.0)) : 1.0 - Math.exp(y);
        }
        if (lambda < k) {
            // union bound: P(X >= k) <= C(n, k) p^k <= lambda^k / k!
            if (k <= NEGLIGIBLE_LAMBDA.length - 1 && lambda <= NEGLIGIBLE_LAMBDA[k]) {
                return 0.0;
            }
        } else {
            double gap = lambda - k;
            if (gap * gap > 50.0 * lambda) {
                return 1.0;
            }
        }
        if (k <= EXACT_UP_TO) {
            // P(X < k) by the pmf recurrence from P(X = 0)
            double q = 1.0 - pExceed;
            double pmf = Math.exp(n * lnOneMinus(pExceed));
            double below = pmf;
            double ratio = pExceed / q;
            for (int i = 0; i < k - 1; i++) {
                pmf *= (n - i) * RECIPROCALS[i + 1] * ratio;
                below += pmf;
            }
            return Math.max(0.0, Math.min(1.0, 1.0 - below));
        }
        // Camp-Paulson: a cube-root normal approximation of P(X <= k - 1), absolute error ~ 0.007 / sqrt(npq)
        double a = 1.0 / (9.0 * (n - k + 1));
        double b = 1.0 / (9.0 * k);
        double r = Math.cbrt(k * (1.0 - pExceed) / (pExceed * (n - k + 1)));
        return upperNormal(((1.0 - b) * r - (1.0 - a)) / Math.sqrt(b * r * r + a));
    }

    /** Up to this many exceedances the binomial tail is summed exactly. */
    static final int EXACT_UP_TO = 16;

    /** 1 / i for i = 0..64 (a multiplication in the pmf loop instead of a division). */
    private static final double[] RECIPROCALS = reciprocals();

    private static double[] reciprocals() {
        double[] t = new double[65];
        for (int i = 1; i < t.length; i++) {
            t[i] = 1.0 / i;
        }
        return t;
    }

    /** For k = 0..64, the n p below which lambda^k / k! is under 1e-12 (so the tail is negligible). */
    private static final double[] NEGLIGIBLE_LAMBDA = negligibleLambdas();

    private static double[] negligibleLambdas() {
        double[] t = new double[65];
        double lnFactorial = 0;
        for (int k = 1; k < t.length; k++) {
            lnFactorial += Math.log(k);
            t[k] = Math.exp((Math.log(1e-12) + lnFactorial) / k);
        }
        return t;
    }

    /** ln(1 - p) for p in (0, 1): a series below 1e-3 (where Math.log would lose digits), Math.log above. */
    private static double lnOneMinus(double p) {
        if (p < 1e-3) {
            return -p * (1.0 + p * (0.5 + p * (1.0 / 3.0 + p * 0.25)));
        }
        return Math.log(1.0 - p);
    }

    /**
     * P(Z > z) for a standard normal Z, with a relative error below 1.2e-7 everywhere (the
     * Chebyshev fit of erfc in Numerical Recipes, 6.2), so small tails stay accurate too.
     */
    public static double upperNormal(double z) {
        double x = Math.abs(z) / Math.sqrt(2.0);
        double t = 1.0 / (1.0 + 0.5 * x);
        double erfc = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return z >= 0 ? 0.5 * erfc : 1.0 - 0.5 * erfc;
    }

    /** Availability over a horizon: 1 − violation minutes / minutes. */
    public static double availability(int violationMinutes, int minutes) {
        if (minutes <= 0) {
            throw new IllegalArgumentException("minutes (" + minutes + ") must be > 0");
        }
        return 1.0 - (double) violationMinutes / minutes;
    }
}
