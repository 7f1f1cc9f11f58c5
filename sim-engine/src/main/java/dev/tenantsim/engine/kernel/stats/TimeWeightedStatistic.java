package dev.tenantsim.engine.kernel.stats;

/**
 * Time-weighted average of a piecewise-constant value (busy servers, queue length, connections
 * in use). The caller reports every change with the time it happened; the value is constant in
 * between. {@link #reset(double)} deletes the history before a time (warm-up deletion) and keeps
 * the current value. Pure arithmetic, no allocation.
 */
public final class TimeWeightedStatistic {
    private double startTime;
    private double lastTime;
    private double value;
    private double area;
    private double max;

    /** Starts at time {@code start} with value {@code initial}. */
    public TimeWeightedStatistic(double start, double initial) {
        this.startTime = start;
        this.lastTime = start;
        this.value = initial;
        this.max = initial;
    }

    /** Starts at time 0 with value 0. */
    public TimeWeightedStatistic() {
        this(0.0, 0.0);
    }

    /** The value becomes {@code newValue} at time {@code now} (which must not go backwards). */
    public void update(double now, double newValue) {
        if (now > lastTime) {
            area += value * (now - lastTime);
            lastTime = now;
        }
        value = newValue;
        if (newValue > max) {
            max = newValue;
        }
    }

    /** Adds {@code delta} to the value at time {@code now}. */
    public void add(double now, double delta) {
        update(now, value + delta);
    }

    /** The current value. */
    public double current() {
        return value;
    }

    /** Largest value seen since the last reset. */
    public double max() {
        return max;
    }

    /** Time-weighted mean over [start or last reset, now]; the current value if no time has passed. */
    public double mean(double now) {
        double span = now - startTime;
        if (!(span > 0)) {
            return value;
        }
        double a = area + (now > lastTime ? value * (now - lastTime) : 0.0);
        return a / span;
    }

    /** Integral of the value over [start or last reset, now]. */
    public double integral(double now) {
        return area + (now > lastTime ? value * (now - lastTime) : 0.0);
    }

    /** Forgets the history before {@code now} (warm-up deletion); the current value stays. */
    public void reset(double now) {
        startTime = now;
        lastTime = now;
        area = 0.0;
        max = value;
    }

    /** Start of the observation window. */
    public double startTime() {
        return startTime;
    }
}
