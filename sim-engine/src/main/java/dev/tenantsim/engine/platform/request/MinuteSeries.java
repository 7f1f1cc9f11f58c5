package dev.tenantsim.engine.platform.request;

/**
 * A piecewise-constant quantity (jobs in a station, connections in use...) averaged over each
 * minute: the time-weighted mean of minute m is its area over the minute divided by its length.
 */
final class MinuteSeries {
    private final double[] perMinute;
    private final double scale;
    private double value;
    private double last;
    private double area;

    /** {@code scale} divides every value (e.g. capacity, to report a utilization). */
    MinuteSeries(int minutes, double scale) {
        this.perMinute = new double[minutes];
        this.scale = scale;
    }

    void set(double now, double v) {
        area += value * (now - last);
        last = now;
        value = v;
    }

    void add(double now, double delta) {
        set(now, value + delta);
    }

    double value() {
        return value;
    }

    /** Closes minute {@code m}, which ends at {@code end} and lasted {@code length} seconds. */
    void close(int m, double end, double length) {
        area += value * (end - last);
        last = end;
        if (m < perMinute.length && length > 0) {
            perMinute[m] = area / length / scale;
        }
        area = 0;
    }

    double[] values() {
        return perMinute;
    }
}
