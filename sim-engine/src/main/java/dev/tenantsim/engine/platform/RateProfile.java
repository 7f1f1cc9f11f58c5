package dev.tenantsim.engine.platform;

import java.util.Arrays;

/**
 * A tenant's request rate in requests per second, piecewise constant per minute: minute {@code m}
 * of the run uses {@code perMinute[m]}, and minutes past the end repeat the last value. One value
 * means a constant rate. Arrivals are Poisson with this rate (non-homogeneous across minutes).
 */
public record RateProfile(double[] perMinute) {
    public RateProfile {
        if (perMinute == null || perMinute.length == 0) {
            throw new IllegalArgumentException("rate.perMinute (empty) must hold at least one rate");
        }
        perMinute = perMinute.clone();
        for (int m = 0; m < perMinute.length; m++) {
            double r = perMinute[m];
            if (!(r >= 0) || Double.isInfinite(r)) {
                throw new IllegalArgumentException("rate.perMinute[" + m + "] (" + r + ") must be a finite rate >= 0 requests/s");
            }
        }
    }

    public static RateProfile constant(double requestsPerSecond) {
        return new RateProfile(new double[] {requestsPerSecond});
    }

    /** Rate in requests/s during minute {@code minute} (0-based). */
    public double at(int minute) {
        return perMinute[Math.min(minute, perMinute.length - 1)];
    }

    public boolean isConstant() {
        return perMinute.length == 1;
    }

    @Override
    public double[] perMinute() {
        return perMinute.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RateProfile r && Arrays.equals(perMinute, r.perMinute);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(perMinute);
    }

    @Override
    public String toString() {
        return "RateProfile" + Arrays.toString(perMinute);
    }
}
