package dev.tenantsim.engine.fluid;

import dev.tenantsim.engine.platform.metrics.SloJudge;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The per-minute SLO rule of docs/metrics.md on one stack's tenants, for a pass that knows each
 * minute's expected counts and latency distribution but not its requests: the chance p that the
 * minute breaks the rule ({@link SloJudge#violationProbability}), then one draw, so that violation
 * minutes, availability, incidents and blast radius are realisations of the same rule the
 * request-level pass applies.
 *
 * <p>Computing p costs a logarithm, an exponential and a binomial tail, too much for every
 * tenant-minute of a quarter. So each tenant keeps a <em>box</em> around the last point it was
 * computed at: a range of completed requests {@code [nLo, nHi]}, of response shape
 * {@code [uLo, uHi]} and a smallest objective-to-mean ratio {@code xMin}, with a bound B on p
 * anywhere inside (p falls with x, rises with n and, this far out in the tail, with the spread).
 * A minute inside its box draws v and is good when v >= B; only when v < B is p computed, and the
 * minute is in violation when v < p: thinning, so the draw is exactly a draw of p. Two kinds of
 * box: a wide one where p is provably below {@link #NEGLIGIBLE} (a union bound,
 * P(Binomial(n, q) >= k) <= (n q)^k / k!, inverted for x), needing no draw at all; and a narrow one
 * (x within 3%, n within 35%) whose B is p at the box's worst corner. Chances under
 * {@code NEGLIGIBLE} are treated as 0: at most 1e-6 expected violation minutes are lost per
 * tenant-minute (0.13 minutes per tenant over a quarter at worst, in practice far less).
 */
final class MinuteJudge {
    /** Chance below which a minute is judged good without a draw. */
    static final double NEGLIGIBLE = 1e-6;
    // the wide boxes (no draw), tried in turn: n within a factor 2 or 1.35, u within 10% or 5% (+0.02 or 0.01)
    private static final double[] WIDE_N = {2.0, 1.35};
    private static final double[] WIDE_U = {0.1, 0.05};
    // the narrow box (a bound B): x down to 3% lower, n within 10%, u within +-0.02
    private static final double NARROW_X = 0.97;
    private static final double NARROW_N = 1.35;
    private static final double NARROW_U = 0.02;
    private static final int STRIDE = 6; // nLo, nHi, uLo, uHi, xMin, bound
    private static final int LAMBDA_TABLE = 128;
    /** ln of the largest n q with (n q)^k / k! <= NEGLIGIBLE, for k = 1..LAMBDA_TABLE. */
    private static final double[] LN_LAMBDA = lambdas();

    private final double[] slo;
    private final double[] budget;
    private final boolean[] heavyTail;
    private final UniformRandomProvider draws;
    /** Each tenant's box, {@link #STRIDE} values together; empty (nHi = -1) until first built. */
    private final double[] box;
    /** The step's inputs per tenant, filled by the fluid step before {@link #judge}. */
    final double[] requests;
    final double[] errors;
    final double[] delay;
    final double[] service;
    final double[] shape;
    /** The tenants {@link #judge}'s first pass left open, and their draws (-1 outside the box). */
    private final int[] undecided;
    private final double[] undecidedDraw;
    long evaluations;

    MinuteJudge(double[] slo, double[] budget, boolean[] heavyTail, UniformRandomProvider draws) {
        int m = slo.length;
        this.slo = slo;
        this.budget = budget;
        this.heavyTail = heavyTail;
        this.draws = draws;
        box = new double[m * STRIDE];
        requests = new double[m];
        errors = new double[m];
        delay = new double[m];
        service = new double[m];
        shape = new double[m];
        undecided = new int[m];
        undecidedDraw = new double[m];
        for (int j = 0; j < m; j++) {
            box[j * STRIDE + 1] = -1.0;
        }
    }

    /**
     * Judges every tenant's step from {@link #requests}, {@link #errors}, {@link #delay},
     * {@link #service} and {@link #shape} (as {@link #violated} reads them), into {@code out};
     * returns how many are in violation. Two passes: the boxes decide most tenants in a tight
     * loop (a draw at most), and the few they cannot — a draw below the bound, or a minute outside
     * its box — are judged after it. Kept apart so that the rare, long computation of a chance is
     * not compiled into the loop every tenant goes through.
     */
    int judge(double minRequests, boolean[] out) {
        int m = out.length;
        int left = 0;
        for (int j = 0; j < m; j++) {
            out[j] = false;
            double bound = bound(j, requests[j], errors[j], minRequests, delay[j], service[j], shape[j]);
            if (bound >= NEGLIGIBLE) {
                double v = draws.nextDouble();
                if (v < bound) {
                    undecided[left] = j;
                    undecidedDraw[left++] = v;
                }
            } else if (bound != bound) {
                undecided[left] = j;
                undecidedDraw[left++] = -1.0;
            }
        }
        int violators = 0;
        for (int i = 0; i < left; i++) {
            int j = undecided[i];
            double v = undecidedDraw[i];
            boolean violated = v >= 0 ? v < chance(j, requests[j] - errors[j], (slo[j] - delay[j]) / service[j], shape[j])
                    : outsideBox(j, requests[j], errors[j], requests[j] - errors[j], minRequests, delay[j], service[j],
                            shape[j]);
            out[j] = violated;
            violators += violated ? 1 : 0;
        }
        return violators;
    }

    /**
     * Whether tenant {@code j}'s minute (or step) is in violation: {@code requests} arrived and
     * were answered (served or rejected), {@code errors} of them rejected; the completed ones wait
     * {@code delay} seconds in the tenant's backlog and then take a response of mean
     * {@code service} seconds and shape {@code u = scv / (1 + scv)}. One tenant's step of
     * {@link #judge}: the same rule (its draws come in another order).
     */
    boolean violated(int j, double requests, double errors, double minRequests, double delay, double service,
                     double u) {
        double bound = bound(j, requests, errors, minRequests, delay, service, u);
        if (bound >= NEGLIGIBLE) {
            double v = draws.nextDouble();
            return v < bound && v < chance(j, requests - errors, (slo[j] - delay) / service, u);
        }
        return bound != bound && outsideBox(j, requests, errors, requests - errors, minRequests, delay,
                service, u);
    }

    /**
     * The box test, without a division: the bound on p when the step is inside tenant j's box
     * (0 for a box where p is negligible, and for a step without requests), NaN outside it.
     */
    private double bound(int j, double requests, double errors, double minRequests, double delay, double service,
                         double u) {
        if (!(requests > 0)) {
            return 0.0;
        }
        double n = requests - errors;
        int b = j * STRIDE;
        double[] bx = box;
        // errors a hair inside the budget, so a minute at its edge goes to SloJudge.countVerdict
        if (errors <= budget[j] * requests * (1 - 1e-9) && requests >= minRequests && service > 0
                && slo[j] - delay >= bx[b + 4] * service
                && n <= bx[b + 1] && n >= bx[b] && u <= bx[b + 3] && u >= bx[b + 2]) {
            return bx[b + 5];
        }
        return Double.NaN;
    }

    /** The bound the tenant's current box puts on p at this point, NaN outside the box (for tests). */
    double boxBound(int j, double n, double delay, double service, double u) {
        int b = j * STRIDE;
        boolean inside = slo[j] - delay >= box[b + 4] * service && n <= box[b + 1] && n >= box[b]
                && u <= box[b + 3] && u >= box[b + 2];
        return inside ? Math.max(box[b + 5], NEGLIGIBLE) : Double.NaN;
    }

    private boolean outsideBox(int j, double requests, double errors, double n, double minRequests, double delay,
                               double service, double u) {
        int verdict = SloJudge.countVerdict(requests, errors, budget[j], minRequests);
        if (verdict != SloJudge.LATENCY) {
            return verdict == SloJudge.VIOLATES;
        }
        double objective = slo[j];
        if (!(service > 0)) {
            return delay > objective;
        }
        if (delay >= objective && n >= 0.5) { // certain: every completed request is slower than the objective
            return true;
        }
        double x = (objective - delay) / service;
        double p = chance(j, n, x, u);
        rebuild(j, n, u, x, p);
        if (p < NEGLIGIBLE) {
            return false;
        }
        return p >= 1.0 || draws.nextDouble() < p;
    }

    /** p for n completed requests, each slower than the objective with the exceedance at (u, x). */
    private double chance(int j, double n, double x, double u) {
        evaluations++;
        return SloJudge.latencyViolationProbability((int) Math.round(n), exceedance(heavyTail[j], u, x));
    }

    /** P(one response is slower than x times its mean), lognormal for heavy-tailed work, else gamma. */
    static double exceedance(boolean heavy, double u, double x) {
        return heavy ? lognormalExceedance(u, x) : SurvivalTable.survival(u, x);
    }

    private void rebuild(int j, double n, double u, double x, double p) {
        boolean heavy = heavyTail[j];
        int b = j * STRIDE;
        // wide: the smallest k the box can need against its largest n (rounded up): n q <= lambda*(k) everywhere
        double lo;
        double hi;
        double ul;
        double uh;
        double xm;
        // (no wide box can prove p negligible around a point where it is not)
        for (int w = 0; w < WIDE_N.length && p < NEGLIGIBLE; w++) {
            lo = Math.max(1.0, n / WIDE_N[w]);
            hi = n * WIDE_N[w];
            ul = Math.max(0.0, u * (1 - WIDE_U[w]) - 0.2 * WIDE_U[w]);
            uh = Math.min(SurvivalTable.MAX_U, u * (1 + WIDE_U[w]) + 0.2 * WIDE_U[w]);
            double lnQ = lnLambda(SloJudge.exceedancesToViolate((int) Math.floor(lo))) - Math.log(hi + 1);
            xm = heavy ? lognormalWorstX(ul, uh, lnQ) : Math.max(xAt(false, uh, lnQ), xAt(false, ul, lnQ));
            if (x >= xm) {
                set(b, lo, hi, ul, uh, xm, 0.0);
                return;
            }
        }
        // narrow: B = p at the worst corner (lowest x, most requests against the fewest exceedances, worst shape)
        lo = Math.max(1.0, n / NARROW_N);
        hi = n * NARROW_N;
        ul = Math.max(0.0, u - NARROW_U);
        uh = Math.min(SurvivalTable.MAX_U, u + NARROW_U);
        xm = x * NARROW_X;
        double q = worstExceedance(heavy, ul, uh, xm);
        double bound = SloJudge.atLeast((int) Math.ceil(hi) + 1, SloJudge.exceedancesToViolate((int) Math.floor(lo)), q);
        set(b, lo, hi, ul, uh, xm, bound);
    }

    private void set(int b, double nLo, double nHi, double uLo, double uHi, double xMin, double bound) {
        box[b] = nLo;
        box[b + 1] = nHi;
        box[b + 2] = uLo;
        box[b + 3] = uHi;
        box[b + 4] = xMin;
        box[b + 5] = bound;
    }

    /** The largest exceedance at ratio x over shapes in [ul, uh]. */
    private static double worstExceedance(boolean heavy, double ul, double uh, double x) {
        if (!heavy) {
            return SurvivalTable.maxSurvival(ul, uh, x);
        }
        if (!(x > 0)) {
            return 1.0;
        }
        // z = ln x / s + s / 2 is least at s = sqrt(2 ln x): the tail is largest there, or at an end
        double sLo = sigma(ul);
        double sHi = sigma(uh);
        double s = Math.max(sLo, Math.min(sHi, Math.sqrt(Math.max(0.0, 2 * Math.log(x)))));
        if (s <= 1e-6) {
            return x < 1 ? 1.0 : 0.0;
        }
        return SloJudge.upperNormal(Math.log(x) / s + 0.5 * s);
    }

    private static double sigma(double u) {
        return Math.sqrt(Math.log1p(u / (1 - u)));
    }

    /** The ratio x beyond which the exceedance at shape u is below e^lnQ. */
    private static double xAt(boolean heavy, double u, double lnQ) {
        return heavy ? lognormalX(u, lnQ) : SurvivalTable.xAbove(u, lnQ);
    }

    private static double lognormalX(double u, double lnQ) {
        double s = sigma(u);
        if (s <= 1e-6) {
            return 1.0;
        }
        double z = upperNormalInverse(lnQ);
        return Math.exp(z * s - 0.5 * s * s);
    }

    /** x*(s) = exp(z s - s^2 / 2) peaks at s = z: the worst shape of a box that contains it. */
    private static double lognormalWorstX(double ul, double uh, double lnQ) {
        double z = upperNormalInverse(lnQ);
        double s = Math.max(sigma(ul), Math.min(sigma(uh), z));
        return Math.exp(z * s - 0.5 * s * s);
    }

    private static double upperNormalInverse(double lnQ) {
        return Math.sqrt(2.0) * Erf.erfcInv(2.0 * Math.exp(lnQ));
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
