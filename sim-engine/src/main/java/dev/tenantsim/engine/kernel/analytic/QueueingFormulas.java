package dev.tenantsim.engine.kernel.analytic;

/**
 * Closed-form queueing results, used to validate the simulator and by the fluid pass as
 * approximations. Rates are per unit time; waits are queueing delays (not counting service)
 * unless the name says sojourn.
 */
public final class QueueingFormulas {
    private QueueingFormulas() {
    }

    /**
     * Erlang B: probability that an arrival finds all {@code c} servers busy in M/M/c/c with
     * offered load {@code a = lambda / mu} (numerically stable recursion, any c).
     */
    public static double erlangB(int c, double a) {
        checkServers(c);
        if (!(a >= 0)) {
            throw new IllegalArgumentException("offered load (" + a + ") must be >= 0");
        }
        double b = 1.0;
        for (int k = 1; k <= c; k++) {
            b = a * b / (k + a * b);
        }
        return b;
    }

    /**
     * Erlang C: probability that an arrival waits in M/M/c with offered load
     * {@code a = lambda / mu < c}.
     */
    public static double erlangC(int c, double a) {
        checkStable(c, a);
        double b = erlangB(c, a);
        return c * b / (c - a * (1 - b));
    }

    /** M/M/c mean wait in queue: C(c, a) / (c mu - lambda). */
    public static double mmcMeanWait(double lambda, double mu, int c) {
        checkRates(lambda, mu);
        double a = lambda / mu;
        return erlangC(c, a) / (c * mu - lambda);
    }

    /** M/M/1 mean wait in queue: rho / (mu - lambda). */
    public static double mm1MeanWait(double lambda, double mu) {
        return mmcMeanWait(lambda, mu, 1);
    }

    /** M/D/1 mean wait in queue: rho / (2 mu (1 - rho)). */
    public static double md1MeanWait(double lambda, double mu) {
        return mg1MeanWait(lambda, 1 / mu, 0.0);
    }

    /**
     * M/G/1 mean wait (Pollaczek-Khinchine): lambda E[S^2] / (2 (1 - rho)), written with the
     * squared coefficient of variation of service, E[S^2] = E[S]^2 (1 + cs2).
     */
    public static double mg1MeanWait(double lambda, double meanService, double serviceCv2) {
        if (!(meanService > 0)) {
            throw new IllegalArgumentException("meanService (" + meanService + ") must be > 0");
        }
        if (!(serviceCv2 >= 0)) {
            throw new IllegalArgumentException("serviceCv2 (" + serviceCv2 + ") must be >= 0");
        }
        checkRates(lambda, 1 / meanService);
        double rho = lambda * meanService;
        checkStable(1, rho);
        return lambda * meanService * meanService * (1 + serviceCv2) / (2 * (1 - rho));
    }

    /**
     * M/G/1 processor sharing mean sojourn E[S] / (1 - rho), insensitive to the service
     * distribution; with exponential service it is 1 / (mu - lambda).
     */
    public static double mg1PsMeanSojourn(double lambda, double meanService) {
        double rho = lambda * meanService;
        checkStable(1, rho);
        return meanService / (1 - rho);
    }

    /**
     * Allen-Cunneen approximation of the G/G/c mean wait: the M/M/c wait scaled by
     * (ca2 + cs2) / 2, where ca2 and cs2 are the squared coefficients of variation of
     * interarrival and service times. Exact for M/M/c; used by the fluid pass for bursty traffic.
     */
    public static double allenCunneenMeanWait(double lambda, double mu, int c, double ca2, double cs2) {
        if (!(ca2 >= 0) || !(cs2 >= 0)) {
            throw new IllegalArgumentException("ca2 (" + ca2 + ") and cs2 (" + cs2 + ") must be >= 0");
        }
        return mmcMeanWait(lambda, mu, c) * (ca2 + cs2) / 2;
    }

    private static void checkServers(int c) {
        if (c < 1) {
            throw new IllegalArgumentException("servers (" + c + ") must be >= 1");
        }
    }

    private static void checkRates(double lambda, double mu) {
        if (!(lambda >= 0)) {
            throw new IllegalArgumentException("lambda (" + lambda + ") must be >= 0");
        }
        if (!(mu > 0)) {
            throw new IllegalArgumentException("mu (" + mu + ") must be > 0");
        }
    }

    private static void checkStable(int c, double a) {
        checkServers(c);
        if (!(a >= 0 && a < c)) {
            throw new IllegalArgumentException("offered load (" + a + ") must be in [0, servers=" + c + ") for a stable queue");
        }
    }
}
