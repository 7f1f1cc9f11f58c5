package dev.tenantsim.engine.fluid;

/**
 * Downsampled utilization of one stack: per resource, the mean and the max over each group of
 * {@code stepsPerPoint} steps (the last point may cover fewer steps).
 */
public final class UtilizationSeries {
    private final int minutesPerPoint;
    private final double[][] mean;
    private final double[][] max;

    UtilizationSeries(int minutesPerPoint, double[][] mean, double[][] max) {
        this.minutesPerPoint = minutesPerPoint;
        this.mean = mean;
        this.max = max;
    }

    public int minutesPerPoint() {
        return minutesPerPoint;
    }

    public int points() {
        return mean[0].length;
    }

    public double mean(FluidResource r, int point) {
        return mean[r.ordinal()][point];
    }

    public double max(FluidResource r, int point) {
        return max[r.ordinal()][point];
    }

    /** A copy of the mean series of one resource. */
    public double[] meanSeries(FluidResource r) {
        return mean[r.ordinal()].clone();
    }

    /** A copy of the max series of one resource. */
    public double[] maxSeries(FluidResource r) {
        return max[r.ordinal()].clone();
    }
}
