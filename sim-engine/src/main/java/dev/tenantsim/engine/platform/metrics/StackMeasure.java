package dev.tenantsim.engine.platform.metrics;

import java.util.Arrays;

/**
 * What one pass measured of one stack in one replication: utilization per {@link Resource} per
 * point of {@code minutesPerPoint} minutes (time-weighted mean over the point, in [0, 1] unless a
 * pass reports overload above 1), and how many of its tenants were in SLO violation each minute.
 *
 * @param stack              stack index (topology order)
 * @param tenantCount        tenants assigned to it
 * @param minutesPerPoint    minutes per point of {@code utilization} (1 on the request-level pass)
 * @param utilization        {@code [Resource ordinal][point]}
 * @param tenantsInViolation per minute, the stack's tenants in SLO violation
 */
public record StackMeasure(int stack, String name, int tenantCount, int minutesPerPoint, double[][] utilization,
                           int[] tenantsInViolation) {
    public StackMeasure {
        if (minutesPerPoint < 1) {
            throw new IllegalArgumentException("minutesPerPoint (" + minutesPerPoint + ") must be >= 1");
        }
        if (utilization == null || utilization.length != Resource.count()) {
            throw new IllegalArgumentException("utilization must hold one series per Resource");
        }
        double[][] copy = new double[utilization.length][];
        for (int i = 0; i < utilization.length; i++) {
            copy[i] = utilization[i].clone();
        }
        utilization = copy;
        tenantsInViolation = tenantsInViolation.clone();
    }

    /** Points in each utilization series. */
    public int points() {
        return utilization[0].length;
    }

    /** Utilization of {@code r} at point {@code p}. */
    public double utilization(Resource r, int p) {
        return utilization[r.ordinal()][p];
    }

    /** The per-point utilization of one resource (a copy). */
    public double[] utilization(Resource r) {
        return utilization[r.ordinal()].clone();
    }

    @Override
    public double[][] utilization() {
        double[][] copy = new double[utilization.length][];
        for (int i = 0; i < utilization.length; i++) {
            copy[i] = utilization[i].clone();
        }
        return copy;
    }

    @Override
    public int[] tenantsInViolation() {
        return tenantsInViolation.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StackMeasure r && stack == r.stack && name.equals(r.name) && tenantCount == r.tenantCount
                && minutesPerPoint == r.minutesPerPoint && Arrays.deepEquals(utilization, r.utilization)
                && Arrays.equals(tenantsInViolation, r.tenantsInViolation);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * stack + name.hashCode()) + Arrays.hashCode(tenantsInViolation);
    }

    @Override
    public String toString() {
        return "StackMeasure[" + name + " tenants=" + tenantCount + " points=" + points() + "]";
    }
}
