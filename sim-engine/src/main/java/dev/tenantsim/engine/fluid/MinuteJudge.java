package dev.tenantsim.engine.fluid;

import dev.tenantsim.engine.platform.metrics.SloJudge;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The per-minute SLO rule of docs/metrics.md on one stack's tenants, for a pass that knows each
 * minute's expected counts and latency distribution but not its requests: the chance that the
 * minute breaks the rule ({@link SloJudge#violationProbability}), then one draw, so that violation
 * minutes, availability, incidents and blast radius are realisations of the same rule the
 * request-level pass applies.
 *
 * <p>The chance is tiny for nearly every tenant-minute of a healthy quarter, and computing it
 * costs a logarithm, an exponential and a binomial sum. So each tenant keeps a <em>safe box</em>:
 * a range of completed requests {@code [nLo, nHi]}, of response shape {@code [uLo, uHi]} and a
 * smallest objective-to-mean ratio {@code xMin} within which the chance is provably below
 * {@link #NEGLIGIBLE} (a union bound, P(Binomial(n, p) >= k) <= (n p)^k / k!, and the
 * exceedance's monotone fall in x). A minute inside its tenant's box is judged good with three
 * comparisons; the box is rebuilt whenever a full evaluation finds the chance below
 * {@link #REBUILD}. Chances under {@code NEGLIGIBLE} are treated as 0: at most that many expected
 * violation minutes per tenant-minute are lost (1.3e-1 minutes per tenant over a quarter, in
 * practice orders of magnitude less).
 */
final class MinuteJudge {
    /** Chance below which a minute is judged good without a draw. */
    static final double NEGLIGIBLE = 1e-6;
    /** A full evaluation below this chance rebuilds the tenant's safe box. */
    static final double REBUILD = NEGLIGIBLE / 4;
    // the box's reach around the point it is built at: wide first, narrow if the point is not inside
    private static final double[] N_SPAN = {1.25, 1.05};
    private static final double[] U_SPAN = {0.05, 0.01};
    private static final int LAMBDA_TABLE = 128;
    /** ln of the largest n p with (n p)^k / k! <= NEGLIGIBLE, for k = 1..LAMBDA_TABLE. */
    private static final double[] LN_LAMBDA = lambdas();

    private final double[] slo;
    private final double[] budget;
    private final boolean[] heavyTail;
    private final UniformRandomProvider draws;
    // the safe box per tenant; an empty box (nHi < 0) until the first rebuild
    private final double[] nLo;
    private final double[] nHi;
    private final double[] uLo;
    private final double[] uHi;
    private final double[] xMin;
    long fullEvaluations;
    long rebuilds;
    long drawsMade;
    final long[] hist = new long[20];
    long violatedCount;

    MinuteJudge(double[] slo, double[] budget, boolean[] heavyTail, UniformRandomProvider draws) {
        int m = slo.length;
        this.slo = slo;
        this.budget = budget;
        this.heavyTail = heavyTail;
        this.draws = draws;
        nLo = new double[m];
        nHi = new double[m];
        uLo = new double[m];
        uHi = new double[m];
        xMin = new double[m];
        java.util.Arrays.fill(nHi, -1.0);
    }

    /**
     * Whether tenant {@code j}'s minute (or step) is in violation: {@code requests} arrived and
     * were answered (served or rejected), {@code errors} of them rejected; the completed ones wait
     * {@code delay} seconds in the tenant's backlog and then take a response of mean
     * {@code service} seconds and shape {@code u = scv / (1 + scv)}.
     */
    boolean violated(int j, double requests, double errors, double minRequests, double delay, double service,
                     double u) {
        if (!(requests > 0)) {
            return false;
        }
        if (errors > budget[j] * requests) {
            return true;
        }
        double n = requests - errors;
        if (requests < minRequests || !(n > 0)) {
            return false;
        }
        double objective = slo[j];
        if (!(service > 0)) {
            return delay > objective;
        }
        double x = (objective - delay) / service;
        if (x >= xMin[j] && n <= nHi[j] && n >= nLo[j] && u <= uHi[j] && u >= uLo[j]) {
            return false;
        }
        fullEvaluations++;
        double pExceed = exceedance(heavyTail[j], u, x);
        double p = SloJudge.latencyViolationProbability((int) Math.round(n), pExceed);
        hist[p <= 0 ? 0 : Math.max(0, Math.min(19, 20 + (int) Math.floor(Math.log10(p))))]++;
        if (p < REBUILD) {
            rebuild(j, n, u, x);
            return false;
        }
        if (p < NEGLIGIBLE) {
            return false;
        }
        drawsMade++;
        boolean v = p >= 1.0 || draws.nextDouble() < p;
        if (v) violatedCount++;
        return v;
    }

    /** P(one response is slower than x times its mean), lognormal for heavy-tailed work, else gamma. */
    static double exceedance(boolean heavy, double u, double x) {
        return heavy ? lognormalExceedance(u, x) : SurvivalTable.survival(u, x);
    }

    private void rebuild(int j, double n, double u, double x) {
        rebuilds++;
        for (int w = 0; w < N_SPAN.length; w++) {
            double lo = Math.max(1.0, n / N_SPAN[w]);
            double hi = n * N_SPAN[w];
            double ul = Math.max(0.0, u * (1 - U_SPAN[w]) - 0.2 * U_SPAN[w]);
            double uh = Math.min(SurvivalTable.MAX_U, u * (1 + U_SPAN[w]) + 0.2 * U_SPAN[w]);
            // the smallest k the box can need, against its largest n (rounded): n p <= lambda*(k) everywhere
            int k = SloJudge.exceedancesToViolate((int) Math.floor(lo));
            double lnP = lnLambda(k) - Math.log(hi + 1);
            boolean heavy = heavyTail[j];
            double xm = Math.max(xAt(heavy, ul, lnP), xAt(heavy, uh, lnP));
            xm = Math.max(xm, xAt(heavy, 0.5 * (ul + uh), lnP));
            if (heavy) {
                xm = Math.max(xm, lognormalWorstX(ul, uh, lnP));
            }
            if (x >= xm) {
                nLo[j] = lo;
                nHi[j] = hi;
                uLo[j] = ul;
                uHi[j] = uh;
                xMin[j] = xm;
                return;
            }
        }
        nHi[j] = -1.0; // no box holds this point: evaluate it again next minute
    }

    /** The ratio x beyond which the exceedance at shape u is below e^lnP. */
    private static double xAt(boolean heavy, double u, double lnP) {
        return heavy ? lognormalX(u, lnP) : SurvivalTable.xAbove(u, lnP);
    }

    private static double lognormalX(double u, double lnP) {
        double s2 = Math.log1p(u / (1 - u));
        if (s2 <= 1e-12) {
            return 1.0;
        }
        double z = upperNormalInverse(lnP);
        return Math.exp(z * Math.sqrt(s2) - 0.5 * s2);
    }

    /** x*(s) = exp(z s - s^2 / 2) peaks at s = z: the worst shape of a box that contains it. */
    private static double lognormalWorstX(double ul, double uh, double lnP) {
        double z = upperNormalInverse(lnP);
        double sLo = Math.sqrt(Math.log1p(ul / (1 - ul)));
        double sHi = Math.sqrt(Math.log1p(uh / (1 - uh)));
        double s = Math.max(sLo, Math.min(sHi, z));
        return Math.exp(z * s - 0.5 * s * s);
    }

    private static double upperNormalInverse(double lnP) {
        double p = Math.exp(lnP);
        return Math.sqrt(2.0) * Erf.erfcInv(2.0 * p);
    }

    /**
     * P(one request is slower than {@code x} times the mean response), the response fitted by a
     * lognormal of the same mean and variance ({@code u = scv / (1 + scv)}): a response is work
     * stretched by contention, a product, and a sum of such parts is close to lognormal
     * (Fenton-Wilkinson); its tail decides the slowest request of a small minute, where a gamma fit
     * of lognormal work fell short of the request level. Light-tailed work keeps the gamma fit
     * ({@link SurvivalTable}).
     */
    static double lognormalExceedance(double u, double x) {
        if (!(x > 0)) {
            return 1.0;
        }
        double s2 = Math.log1p(u / (1 - u));
        if (s2 <= 1e-12) {
            return x < 1 ? 1 : 0;
        }
        double z = (Math.log(x) + 0.5 * s2) / Math.sqrt(s2);
        return z > 9.0 ? 0.0 : SloJudge.upperNormal(z);
    }

    static double lnLambda(int k) {
        if (k <= LAMBDA_TABLE) {
            return LN_LAMBDA[k];
        }
        return (Math.log(NEGLIGIBLE) + Gamma.logGamma(k + 1.0)) / k;
    }

    private static double[] lambdas() {
        double[] t = new double[LAMBDA_TABLE + 1];
        t[0] = Double.NEGATIVE_INFINITY;
        for (int k = 1; k <= LAMBDA_TABLE; k++) {
            t[k] = (Math.log(NEGLIGIBLE) + Gamma.logGamma(k + 1.0)) / k;
        }
        return t;
    }
}
