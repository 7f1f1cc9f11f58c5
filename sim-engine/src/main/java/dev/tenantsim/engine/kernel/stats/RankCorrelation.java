package dev.tenantsim.engine.kernel.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Spearman's rank correlation: Pearson's correlation of the ranks, ties given their mean rank.
 * The one definition of the figure (the migration report's "predicted risk vs observed impact").
 */
public final class RankCorrelation {
    private RankCorrelation() {
    }

    /** ρ of {@code x} and {@code y} (same length, at least 2); NaN when either has no spread. */
    public static double spearman(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("spearman: x (" + x.length + " values) and y (" + y.length + ") must be as long");
        }
        if (x.length < 2) {
            return Double.NaN;
        }
        return pearson(ranks(x), ranks(y));
    }

    /** Ranks 1..n, ties at their mean rank; NaN values are refused. */
    static double[] ranks(double[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            if (Double.isNaN(v[i])) {
                throw new IllegalArgumentException("spearman: value " + i + " (NaN) must be a number");
            }
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> v[i]).thenComparingInt(i -> i));
        double[] r = new double[v.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            double mean = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                r[order[k]] = mean;
            }
            i = j + 1;
        }
        return r;
    }

    private static double pearson(double[] a, double[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.length;
        mb /= b.length;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa == 0 || sbb == 0 ? Double.NaN : sab / Math.sqrt(saa * sbb);
    }
}
