package dev.tenantsim.workload;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Individual arrivals of a tenant in a window, for the request-level pass.
 *
 * <p>{@link ArrivalMode#INTENSITY}: a non-homogeneous Poisson process whose intensity is constant
 * within each minute; exponential gaps with the minute's rate, restarted at each minute boundary
 * (exact, by memorylessness). {@link ArrivalMode#COUNTS}: the minute's realised count
 * {@code round(60 × rate)} placed uniformly in the minute (the conditional law of a Poisson process
 * given its count), sorted; a window cutting a minute keeps the points that fall inside it.
 * Positions come from {@code rng}, so the caller's named stream decides them (common random numbers
 * across topologies).
 */
public final class Arrivals {
    private Arrivals() {
    }

    /**
     * Emits the arrival times in {@code [t0, t1)} seconds, increasing, into {@code sink}; returns
     * how many.
     */
    public static long generate(Signature signature, double t0, double t1, UniformRandomProvider rng, ArrivalSink sink) {
        if (!(t0 >= 0) || !(t1 >= t0) || Double.isInfinite(t1)) {
            throw new IllegalArgumentException("window [" + t0 + ", " + t1 + ") must be finite with 0 <= t0 <= t1");
        }
        int m0 = (int) Math.floor(t0 / Signature.STEP_SECONDS);
        int m1 = (int) Math.ceil(t1 / Signature.STEP_SECONDS);
        if (m1 <= m0) {
            return 0;
        }
        double[] rates = new double[m1 - m0];
        signature.fillRates(m0, rates);
        boolean counts = signature.arrivalMode() == ArrivalMode.COUNTS;
        double[] scratch = counts ? new double[64] : null;
        long emitted = 0;
        for (int k = 0; k < rates.length; k++) {
            double start = (double) (m0 + k) * Signature.STEP_SECONDS;
            double end = start + Signature.STEP_SECONDS;
            double lo = Math.max(start, t0);
            double hi = Math.min(end, t1);
            double rate = rates[k];
            if (!(rate > 0)) {
                continue;
            }
            if (counts) {
                int n = (int) Math.round(rate * Signature.STEP_SECONDS);
                if (scratch.length < n) {
                    scratch = new double[Math.max(n, scratch.length * 2)];
                }
                for (int i = 0; i < n; i++) {
                    scratch[i] = start + rng.nextDouble() * Signature.STEP_SECONDS;
                }
                Arrays.sort(scratch, 0, n);
                for (int i = 0; i < n; i++) {
                    double t = scratch[i];
                    if (t >= lo && t < hi) {
                        sink.arrival(t);
                        emitted++;
                    }
                }
            } else {
                double t = lo;
                while (true) {
                    t += -Math.log1p(-rng.nextDouble()) / rate;
                    if (t >= hi) {
                        break;
                    }
                    sink.arrival(t);
                    emitted++;
                }
            }
        }
        return emitted;
    }
}
