package dev.tenantsim.engine.fluid;

import org.apache.commons.math3.special.Gamma;

/**
 * The survival function of a gamma distribution with mean 1, P(X > x), as a function of its
 * squared coefficient of variation (through {@code u = scv / (1 + scv)}, as in {@link TailTable})
 * and of x, tabulated once (257 values of u times 401 values of ln x from 1e-3 to 1e3) as ln P and
 * bilinearly interpolated: the fluid pass asks it, per tenant and minute, for the chance that one
 * request of light-tailed work is slower than the objective. Built once per JVM (it depends on
 * nothing but the grid).
 */
final class SurvivalTable {
    private static final int U_POINTS = 256;
    private static final int X_POINTS = 400;
    private static final double LN_X_MIN = Math.log(1e-3);
    private static final double LN_X_MAX = Math.log(1e3);
    static final double MAX_U = 1000.0 / 1001.0;
    /** ln P below which the probability is treated as 0 (about 1e-300). */
    private static final double LN_ZERO = -690.0;

    private static final double[] LN_SURVIVAL = build();
    private static final double X_SCALE = X_POINTS / (LN_X_MAX - LN_X_MIN);

    private SurvivalTable() {
    }

    private static double[] build() {
        double[] t = new double[(U_POINTS + 1) * (X_POINTS + 1)];
        for (int i = 0; i <= U_POINTS; i++) {
            double u = Math.min((double) i / U_POINTS, MAX_U);
            for (int j = 0; j <= X_POINTS; j++) {
                double x = Math.exp(LN_X_MIN + (LN_X_MAX - LN_X_MIN) * j / X_POINTS);
                t[i * (X_POINTS + 1) + j] = lnSurvivalExact(u, x);
            }
        }
        return t;
    }

    /** ln P(X > x) for a unit-mean gamma with u = scv / (1 + scv), from the regularized gamma function. */
    static double lnSurvivalExact(double u, double x) {
        if (u <= 1e-9) {
            return x < 1 ? 0.0 : LN_ZERO;
        }
        double scv = u / (1 - u);
        double p = Gamma.regularizedGammaQ(1.0 / scv, x / scv);
        return p > 0 ? Math.max(LN_ZERO, Math.log(p)) : LN_ZERO;
    }

    /**
     * P(X > x) for a unit-mean gamma with {@code u = scv / (1 + scv)} in [0, 1]; 1 for x at or
     * below 0, 0 beyond x = 1000.
     */
    static double survival(double u, double x) {
        double lx = position(x);
        if (!(lx >= 0)) {
            return 1.0;
        }
        if (lx >= X_POINTS) {
            return 0.0;
        }
        int j = (int) lx;
        double ln = lnAt(u, j, lx - j);
        return ln <= LN_ZERO ? 0.0 : Math.exp(ln);
    }

    /** Where x falls on the table's ln x grid (clamped below at 0); NaN for x at or below 0. */
    private static double position(double x) {
        if (!(x > 0)) {
            return Double.NaN;
        }
        double lx = (Math.log(x) - LN_X_MIN) * X_SCALE;
        return lx < 0 ? 0 : lx;
    }

    /**
     * The largest {@link #survival}{@code (u, x)} over u in [uLo, uHi]: the table is linear in u
     * between its rows, so the largest is at an end or at a row inside.
     */
    static double maxSurvival(double uLo, double uHi, double x) {
        double lx = position(x);
        if (!(lx >= 0)) {
            return 1.0;
        }
        if (lx >= X_POINTS) {
            return 0.0;
        }
        int j = (int) lx;
        double fx = lx - j;
        double best = Math.max(lnAt(uLo, j, fx), lnAt(uHi, j, fx));
        int first = (int) Math.ceil(Math.max(uLo, 0.0) * U_POINTS);
        int last = (int) Math.floor(Math.min(uHi, 1.0) * U_POINTS);
        for (int i = first; i <= last && i <= U_POINTS; i++) {
            int row = i * (X_POINTS + 1) + j;
            best = Math.max(best, LN_SURVIVAL[row] + fx * (LN_SURVIVAL[row + 1] - LN_SURVIVAL[row]));
        }
        return best <= LN_ZERO ? 0.0 : Math.exp(best);
    }

    private static double lnAt(double u, int j, double fx) {
        double pu = Math.min(Math.max(u, 0.0), 1.0) * U_POINTS;
        int i = (int) pu;
        if (i >= U_POINTS) {
            i = U_POINTS - 1;
        }
        double fu = pu - i;
        int row = i * (X_POINTS + 1) + j;
        int next = row + X_POINTS + 1;
        double[] t = LN_SURVIVAL;
        double a = t[row] + fx * (t[row + 1] - t[row]);
        double b = t[next] + fx * (t[next + 1] - t[next]);
        return a + fu * (b - a);
    }

    /**
     * The smallest x from which {@link #survival}{@code (u, x)} is at most {@code e^lnP} (the
     * table's own interpolation inverted, so the two agree): 1e-3 when even that is below, 1e3
     * (where the survival is taken as 0) when no tabulated x is.
     */
    static double xAbove(double u, double lnP) {
        double pu = Math.min(Math.max(u, 0.0), 1.0) * U_POINTS;
        int i = (int) pu;
        if (i >= U_POINTS) {
            i = U_POINTS - 1;
        }
        double fu = pu - i;
        int row = i * (X_POINTS + 1);
        int next = row + X_POINTS + 1;
        double[] t = LN_SURVIVAL;
        if (t[row] + fu * (t[next] - t[row]) <= lnP) {
            return Math.exp(LN_X_MIN);
        }
        if (t[row + X_POINTS] + fu * (t[next + X_POINTS] - t[row + X_POINTS]) > lnP) {
            return Math.exp(LN_X_MAX);
        }
        // smallest j whose value is <= lnP: values fall with j
        int lo = 0;
        int hi = X_POINTS;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (t[row + mid] + fu * (t[next + mid] - t[row + mid]) <= lnP) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        double gLo = t[row + lo] + fu * (t[next + lo] - t[row + lo]);
        double gHi = t[row + hi] + fu * (t[next + hi] - t[row + hi]);
        double fx = gLo > gHi ? (gLo - lnP) / (gLo - gHi) : 1.0;
        return Math.exp(LN_X_MIN + (lo + Math.min(1.0, fx)) / X_SCALE);
    }
}
