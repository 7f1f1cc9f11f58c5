package dev.tenantsim.cost.showback;

import java.util.Arrays;

/**
 * One shared resource of one stack over the month: its capacity and each tenant's usage, in the
 * meter's unit (CPU-seconds, IO ops, connection-seconds, GB), indexed by dense tenant index.
 * Utilization is total usage / capacity, capped at 1.
 */
public final class MeterUsage {
    private final double capacity;
    private final double[] usage;
    private final double total;

    /**
     * @param capacity what the resource could have served in the month (> 0)
     * @param usage    per tenant (>= 0), length = roster size; copied
     */
    public MeterUsage(double capacity, double[] usage) {
        if (!(capacity > 0) || Double.isInfinite(capacity)) {
            throw new IllegalArgumentException("capacity (" + capacity + ") must be a finite number > 0");
        }
        double t = 0;
        for (int i = 0; i < usage.length; i++) {
            if (!(usage[i] >= 0) || Double.isInfinite(usage[i])) {
                throw new IllegalArgumentException("usage[" + i + "] (" + usage[i] + ") must be a finite number >= 0");
            }
            t += usage[i];
        }
        this.capacity = capacity;
        this.usage = usage.clone();
        this.total = t;
    }

    public double capacity() {
        return capacity;
    }

    public double usage(int tenant) {
        return usage[tenant];
    }

    public int tenants() {
        return usage.length;
    }

    /** Sum of all tenants' usage. */
    public double total() {
        return total;
    }

    /** total / capacity, capped at 1. */
    public double utilization() {
        return Math.min(1.0, total / capacity);
    }

    double[] usageArray() {
        return usage;
    }

    @Override
    public String toString() {
        return "MeterUsage[capacity=" + capacity + ", usage=" + Arrays.toString(usage) + "]";
    }
}
