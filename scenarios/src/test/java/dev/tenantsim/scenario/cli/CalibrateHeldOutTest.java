package dev.tenantsim.scenario.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenantsim.workload.fingerprint.Fingerprint;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The calibrated scenario's tenants against the Azure V1 trace's held-out week (days 7-14), one
 * test per fingerprint figure. Each figure's error is measured per tenant; the test holds the
 * median over the 25 tenants to a tolerance (documented with its reason in docs/calibrate.md) and
 * prints both the calibrated error and the trace's own week-to-week change beside it.
 */
final class CalibrateHeldOutTest {
    private static final HeldOutWeek H = HeldOutWeek.get();

    /** Relative error |g − t| / t. */
    private static double rel(double g, double t) {
        return t == 0 ? (g == 0 ? 0 : 1) : Math.abs(g - t) / Math.abs(t);
    }

    private static double ratio(Fingerprint f) {
        return f.p50() > 0 ? f.p95() / f.p50() : 0;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** Median over tenants of the calibrated error and of the fit week's (the trace against itself). */
    private static double[] errors(String figure, ToDoubleFunction<Fingerprint> x, boolean relative) {
        double[] cal = new double[H.heldOut.size()];
        double[] own = new double[H.heldOut.size()];
        int i = 0;
        for (Map.Entry<String, Fingerprint> e : H.heldOut.entrySet()) {
            double t = x.applyAsDouble(e.getValue());
            double g = x.applyAsDouble(H.generated.get(e.getKey()));
            double w = x.applyAsDouble(H.fitWeek.get(e.getKey()));
            cal[i] = relative ? rel(g, t) : Math.abs(g - t);
            if (Boolean.getBoolean("calibrate.debug")) {
                System.out.printf(Locale.ROOT, "  %s %s trace %.3f calibrated %.3f%n", figure, e.getKey(), t, g);
            }
            own[i] = relative ? rel(w, t) : Math.abs(w - t);
            i++;
        }
        double[] out = {median(cal), median(own)};
        System.out.printf(Locale.ROOT, "held-out %-22s median error: calibrated %.4f, trace week 1 vs week 2 %.4f%n", figure,
                out[0], out[1]);
        return out;
    }

    @Test
    void everyTracedTenantIsInTheScenario() {
        assertEquals(25, H.generated.size());
        assertEquals(H.heldOut.keySet(), H.generated.keySet());
    }

    @Test
    void meanRateMatchesTheHeldOutWeek() {
        double[] e = errors("mean", Fingerprint::mean, true);
        assertTolerance("mean (relative)", e[0], 0.10);
    }

    @Test
    void p95OverP50MatchesTheHeldOutWeek() {
        double[] e = errors("p95/p50", CalibrateHeldOutTest::ratio, true);
        assertTolerance("p95/p50 (relative)", e[0], 0.20);
    }

    @Test
    void peakOverMeanMatchesTheHeldOutWeek() {
        double[] e = errors("peak/mean", Fingerprint::peakToMean, true);
        assertTolerance("peak/mean (relative)", e[0], 0.50);
    }

    @Test
    void diurnalAmplitudeMatchesTheHeldOutWeek() {
        double[] e = errors("diurnal amplitude", Fingerprint::diurnalAmplitude, false);
        assertTolerance("diurnal amplitude (absolute)", e[0], 0.05);
    }

    @Test
    void correlationWithTheAggregateMatchesTheHeldOutWeek() {
        double[] e = errors("corr. with aggregate", Fingerprint::correlationWithAggregate, false);
        assertTolerance("correlation with the aggregate (absolute)", e[0], 0.15);
    }

    private static void assertTolerance(String figure, double median, double tolerance) {
        if (!(median <= tolerance)) {
            throw new AssertionError(String.format(Locale.ROOT, "%s: median error over the tenants %.4f is over the tolerance %.2f",
                    figure, median, tolerance));
        }
    }
}
