package dev.tenantsim.engine.kernel.stats;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * Collects one value per independent replication and gives its Student-t confidence interval.
 *
 * <pre>{@code
 * ConfidenceInterval w = Replications.run(20, r -> meanWait(streams.replication(r))).ci95();
 * }</pre>
 * Replications must be independent runs (distinct seeds, e.g. {@code RandomStreams.replication(r)});
 * warm-up deletion inside each run removes the initial-condition bias.
 */
public final class Replications {
    private double[] values = new double[8];
    private int n;

    /** Runs {@code count} replications {@code 0..count-1} and collects their values. */
    public static Replications run(int count, IntToDoubleFunction replication) {
        if (count < 2) {
            throw new IllegalArgumentException("replications (" + count + ") must be >= 2");
        }
        Replications r = new Replications();
        for (int i = 0; i < count; i++) {
            r.add(replication.applyAsDouble(i));
        }
        return r;
    }

    public void add(double value) {
        if (n == values.length) {
            values = Arrays.copyOf(values, n * 2);
        }
        values[n++] = value;
    }

    public int count() {
        return n;
    }

    /** A copy of the collected values, in order. */
    public double[] values() {
        return Arrays.copyOf(values, n);
    }

    public ConfidenceInterval confidenceInterval(double level) {
        return ConfidenceInterval.studentT(values(), level);
    }

    public ConfidenceInterval ci95() {
        return confidenceInterval(0.95);
    }
}
