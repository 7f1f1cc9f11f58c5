package dev.tenantsim.workload.calibrate;

import java.util.Arrays;
import java.util.Optional;

/**
 * Fits one tenant's per-minute rates to the shapes a scenario can express, in this order, each on
 * what the previous ones leave:
 * <ol>
 *   <li><b>mean</b>: the mean of the minutes with data;</li>
 *   <li><b>weekly</b>: weekend level = mean of Saturday and Sunday (local time) over the weekdays'
 *       mean (1 when either is missing);</li>
 *   <li><b>diurnal</b>: the first 24 h harmonic of the rates with the weekly shape divided out —
 *       amplitude 2|Σ y e^{iθ}| / n / mean(y) (the fingerprint's definition, capped at
 *       {@value #MAX_AMPLITUDE}) and the phase of its peak;</li>
 *   <li><b>bursts</b>: the residual r = rate / (mean × weekly × diurnal) is split into a calm and a
 *       burst level at the threshold that maximises the between-level variance (Otsu); multiplier =
 *       mean above / mean below, bursts per day = runs of consecutive minutes above / days, mean
 *       burst = minutes above / runs. Kept only when the multiplier is at least
 *       {@value #MIN_MULTIPLIER} and the split explains at least {@value #MIN_EXPLAINED} of the
 *       residual's variance (a near-constant residual has no bursts).</li>
 * </ol>
 */
public final class SignatureFitter {
    /** Least data a tenant needs in the fit window, minutes (two days: one daily cycle is not a fit). */
    public static final int MIN_MINUTES = 2 * 1440;
    /** Highest diurnal amplitude written (the day curve must stay above zero at its trough). */
    public static final double MAX_AMPLITUDE = 0.95;
    /** Least burst multiplier worth a burst model. */
    public static final double MIN_MULTIPLIER = 1.1;
    /** Least share of the residual variance the two levels must explain. */
    public static final double MIN_EXPLAINED = 0.3;
    private static final int DAY = 1440;
    private static final int WEEK = 7 * DAY;

    private SignatureFitter() {
    }

    /**
     * @param tenant                 its id, for messages
     * @param rates                  requests/s per minute; {@code NaN} = no data that minute
     * @param localMinuteOfWeekAtZero local minute of week of {@code rates[0]} (0 = Monday 00:00)
     * @throws CalibrationException when fewer than {@link #MIN_MINUTES} minutes have data
     */
    public static TenantFit fit(String tenant, double[] rates, int localMinuteOfWeekAtZero) {
        int n = 0;
        double sum = 0;
        for (double x : rates) {
            if (!Double.isNaN(x)) {
                n++;
                sum += x;
            }
        }
        if (n < MIN_MINUTES) {
            throw new CalibrationException("tenant " + tenant + " has " + n + " minutes of data in the fit window ("
                    + rates.length + " minutes); calibrate needs at least " + MIN_MINUTES + " (two days)");
        }
        double mean = sum / n;
        if (!(mean > 0)) {
            return new TenantFit(tenant, 0, 0, 0, 1, Optional.empty(), n);
        }
        double weekend = weekendLevel(rates, localMinuteOfWeekAtZero);
        double norm = (5 + 2 * weekend) / 7;
        double[] y = new double[rates.length];
        double c = 0;
        double s = 0;
        double sumY = 0;
        for (int m = 0; m < rates.length; m++) {
            int w = Math.floorMod(localMinuteOfWeekAtZero + m, WEEK);
            y[m] = rates[m] / (weekFactor(w, weekend) / norm);
            if (!Double.isNaN(y[m])) {
                double theta = 2 * Math.PI * (w % DAY) / DAY;
                c += y[m] * Math.cos(theta);
                s += y[m] * Math.sin(theta);
                sumY += y[m];
            }
        }
        double meanY = sumY / n;
        double amplitude = Math.min(MAX_AMPLITUDE, dev.tenantsim.workload.fingerprint.FingerprintAccumulator.diurnalAmplitude(c, s, n, meanY));
        double peakMinute = Math.floorMod(Math.round(Math.atan2(s, c) / (2 * Math.PI) * DAY), DAY);
        double peakHour = amplitude > 0 ? peakMinute / 60.0 : 0;
        double[] r = new double[rates.length];
        for (int m = 0; m < rates.length; m++) {
            int w = Math.floorMod(localMinuteOfWeekAtZero + m, WEEK);
            double day = 1 + amplitude * Math.cos(2 * Math.PI * ((w % DAY) - peakMinute) / DAY);
            r[m] = y[m] / (meanY * day);
        }
        return new TenantFit(tenant, mean, amplitude, peakHour % 24, weekend, burst(r, n), n);
    }

    private static double weekFactor(int minuteOfWeek, double weekend) {
        return minuteOfWeek / DAY >= 5 ? weekend : 1;
    }

    private static double weekendLevel(double[] rates, int start) {
        double wd = 0;
        double we = 0;
        int nd = 0;
        int ne = 0;
        for (int m = 0; m < rates.length; m++) {
            if (Double.isNaN(rates[m])) {
                continue;
            }
            if (Math.floorMod(start + m, WEEK) / DAY >= 5) {
                we += rates[m];
                ne++;
            } else {
                wd += rates[m];
                nd++;
            }
        }
        if (ne < DAY || nd < DAY || !(wd > 0)) {
            return 1;
        }
        return (we / ne) / (wd / nd);
    }

    /** The two-level split of the residual (Otsu), or empty when it is not bursty. */
    static Optional<BurstFit> burst(double[] r, int n) {
        double[] v = new double[n];
        int k = 0;
        for (double x : r) {
            if (!Double.isNaN(x)) {
                v[k++] = x;
            }
        }
        Arrays.sort(v);
        double total = 0;
        double totalSq = 0;
        for (double x : v) {
            total += x;
            totalSq += x * x;
        }
        double meanAll = total / n;
        double varAll = totalSq / n - meanAll * meanAll;
        if (!(varAll > 0)) {
            return Optional.empty();
        }
        double best = -1;
        double threshold = Double.NaN;
        double below = 0;
        for (int i = 0; i < n - 1; i++) {
            below += v[i];
            if (v[i] == v[i + 1]) {
                continue;
            }
            double w0 = (i + 1.0) / n;
            double m0 = below / (i + 1);
            double m1 = (total - below) / (n - i - 1);
            double between = w0 * (1 - w0) * (m1 - m0) * (m1 - m0);
            if (between > best) {
                best = between;
                threshold = v[i];
            }
        }
        if (Double.isNaN(threshold) || best / varAll < MIN_EXPLAINED) {
            return Optional.empty();
        }
        double sumHi = 0;
        double sumLo = 0;
        int hi = 0;
        int runs = 0;
        boolean inRun = false;
        for (double x : r) {
            boolean on = !Double.isNaN(x) && x > threshold;
            if (on) {
                sumHi += x;
                hi++;
                if (!inRun) {
                    runs++;
                }
            } else if (!Double.isNaN(x)) {
                sumLo += x;
            }
            inRun = on;
        }
        double lo = sumLo / (n - hi);
        if (hi == 0 || !(lo > 0)) {
            return Optional.empty();
        }
        double multiplier = (sumHi / hi) / lo;
        double perDay = runs / (n / (double) DAY);
        double length = Math.max(1, hi / (double) runs);
        if (multiplier < MIN_MULTIPLIER || !(DAY - perDay * length > perDay)) {
            return Optional.empty();
        }
        return Optional.of(new BurstFit(multiplier, perDay, length));
    }
}
