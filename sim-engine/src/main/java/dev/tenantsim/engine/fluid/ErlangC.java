package dev.tenantsim.engine.fluid;

/**
 * Erlang B and Erlang C for an M/M/c station, numerically stable for thousands of servers.
 *
 * <p>Erlang B is computed by the inverse recurrence {@code x_k = 1/B(k, a) = 1 + (k/a) x_{k-1}},
 * {@code x_0 = 1}, which never forms {@code a^c} or {@code c!}. For large loads the recurrence
 * starts at {@code k0 = floor(a - 10 sqrt(a))} from the fluid value {@code a/(a - k0)}: the
 * relative error of {@code x} is multiplied by {@code 1 - 1/x_k < 1} at every step, and the
 * product of those factors between {@code k0} and {@code a} is below {@code e^-45}, so the start
 * value's error vanishes below double precision while the cost drops from {@code O(c)} to
 * {@code O(sqrt(a))}. Once {@code x} exceeds 1e30 the recurrence stops and B is reported as 0 (it is below 1e-30).
 */
public final class ErlangC {
    private static final double STOP = 1e30;

    private ErlangC() {
    }

    /** Erlang B blocking probability of {@code c} servers offered {@code a} Erlangs. */
    public static double erlangB(int c, double a) {
        check(c, a);
        if (c == 0) {
            return 1.0;
        }
        if (a == 0) {
            return 0.0;
        }
        int k = 0;
        double x = 1.0;
        int start = (int) Math.floor(a - 10.0 * Math.sqrt(a));
        if (start > 0 && start < c) {
            k = start;
            x = a / (a - start);
        }
        double inv = 1.0 / a;
        while (k < c) {
            k++;
            x = 1.0 + k * inv * x;
            if (x > STOP) {
                return 0.0; // B(c) < B(k) < 1e-30: below anything a wait estimate can use
            }
        }
        return 1.0 / x;
    }

    /**
     * Erlang C: probability that an arrival waits at an M/M/c station with offered load
     * {@code a = lambda / mu} Erlangs; 1 when {@code a >= c} (unstable).
     */
    public static double waitProbability(int c, double a) {
        check(c, a);
        if (c == 0 || a >= c) {
            return 1.0;
        }
        if (a == 0) {
            return 0.0;
        }
        double b = erlangB(c, a);
        return c * b / (c - a * (1.0 - b));
    }

    /** Mean wait in queue of M/M/c: {@code C(c, a) / (c mu - lambda)}; infinite when unstable. */
    public static double meanWait(int c, double lambda, double mu) {
        if (!(mu > 0) || !(lambda >= 0)) {
            throw new IllegalArgumentException("lambda (" + lambda + ") must be >= 0 and mu (" + mu + ") > 0");
        }
        double a = lambda / mu;
        if (a >= c) {
            return Double.POSITIVE_INFINITY;
        }
        return waitProbability(c, a) / (c * mu - lambda);
    }

    private static void check(int c, double a) {
        if (c < 0) {
            throw new IllegalArgumentException("servers (" + c + ") must be >= 0");
        }
        if (!(a >= 0) || Double.isInfinite(a)) {
            throw new IllegalArgumentException("offered load (" + a + ") must be a finite number >= 0");
        }
    }
}
