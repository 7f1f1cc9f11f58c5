package dev.tenantsim.cost.showback;

import java.util.Arrays;

/**
 * One shared resource of one stack over the month: its capacity and the usage of the tenants
 * that used it, in the meter's unit (CPU-seconds, IO ops, connection-seconds, GB). Stored
 * sparsely (sorted dense tenant indices and their usage) so that thousands of cells over tens of
 * thousands of tenants cost memory in proportion to assignments, not cells × tenants.
 * Utilization is total usage / capacity, capped at 1.
 */
public final class MeterUsage {
    private final double capacity;
    private final int[] tenants;
    private final double[] usage;
    private final double total;

    /**
     * @param capacity what the resource could have served in the month (finite, > 0)
     * @param tenants  dense tenant indices, strictly increasing
     * @param usage    usage of each of {@code tenants} (finite, >= 0); both arrays are copied
     */
    public MeterUsage(double capacity, int[] tenants, double[] usage) {
        if (!(capacity > 0) || Double.isInfinite(capacity)) {
            throw new IllegalArgumentException("capacity (" + capacity + ") must be a finite number > 0");
        }
        if (tenants.length != usage.length) {
            throw new IllegalArgumentException("tenants (" + tenants.length + ") and usage (" + usage.length
                    + ") must have the same length");
        }
        double t = 0;
        for (int k = 0; k < usage.length; k++) {
            if (!(usage[k] >= 0) || Double.isInfinite(usage[k])) {
                throw new IllegalArgumentException("usage of tenant " + tenants[k] + " (" + usage[k]
                        + ") must be a finite number >= 0");
            }
            if (tenants[k] < 0 || (k > 0 && tenants[k] <= tenants[k - 1])) {
                throw new IllegalArgumentException("tenants must be strictly increasing indices >= 0");
            }
            t += usage[k];
        }
        this.capacity = capacity;
        this.tenants = tenants.clone();
        this.usage = usage.clone();
        this.total = t;
    }

    /** From a dense array indexed by tenant (zeros are dropped). */
    public static MeterUsage dense(double capacity, double[] usageByTenant) {
        int n = 0;
        for (double u : usageByTenant) {
            if (u != 0) {
                n++;
            }
        }
        int[] t = new int[n];
        double[] u = new double[n];
        int k = 0;
        for (int i = 0; i < usageByTenant.length; i++) {
            if (usageByTenant[i] != 0) {
                t[k] = i;
                u[k++] = usageByTenant[i];
            }
        }
        return new MeterUsage(capacity, t, u);
    }

    public double capacity() {
        return capacity;
    }

    /** Usage of tenant {@code tenant} (0 if it did not use the resource). */
    public double usage(int tenant) {
        int k = Arrays.binarySearch(tenants, tenant);
        return k >= 0 ? usage[k] : 0.0;
    }

    /** Number of tenants with an entry. */
    public int entries() {
        return tenants.length;
    }

    /** Tenant index of entry {@code k}. */
    public int tenantAt(int k) {
        return tenants[k];
    }

    /** Usage of entry {@code k}. */
    public double usageAt(int k) {
        return usage[k];
    }

    /** Sum of all tenants' usage. */
    public double total() {
        return total;
    }

    /** total / capacity, capped at 1. */
    public double utilization() {
        return Math.min(1.0, total / capacity);
    }
}
