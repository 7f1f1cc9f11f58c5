package dev.tenantsim.engine.fluid;

import java.util.Arrays;

/**
 * The fluid pass's state at the start of a stack's busiest series point, for a request-level
 * window that starts there: each tenant's backlog (requests admitted and not yet served). A
 * window started empty would miss the queue a saturated stack has built up by then.
 *
 * @param minute  the minute the point starts at (-1: no point ended, {@link #NONE})
 * @param tenants the stack's tenants (model indices)
 * @param backlog their backlogs in requests, in the same order
 */
public record WarmStart(int minute, int[] tenants, double[] backlog) {
    public static final WarmStart NONE = new WarmStart(-1, new int[0], new double[0]);

    public WarmStart {
        if (tenants.length != backlog.length) {
            throw new IllegalArgumentException(tenants.length + " tenants but " + backlog.length + " backlogs");
        }
        tenants = tenants.clone();
        backlog = backlog.clone();
    }

    /** The backlogs of {@code wanted} (model indices), in that order; 0 for a tenant not on this stack. */
    public double[] backlogsOf(int[] wanted) {
        java.util.Map<Integer, Double> byTenant = new java.util.HashMap<>();
        for (int j = 0; j < tenants.length; j++) {
            byTenant.put(tenants[j], backlog[j]);
        }
        double[] out = new double[wanted.length];
        for (int j = 0; j < wanted.length; j++) {
            out[j] = byTenant.getOrDefault(wanted[j], 0.0);
        }
        return out;
    }

    @Override
    public int[] tenants() {
        return tenants.clone();
    }

    @Override
    public double[] backlog() {
        return backlog.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WarmStart w && w.minute == minute && Arrays.equals(w.tenants, tenants)
                && Arrays.equals(w.backlog, backlog);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * minute + Arrays.hashCode(tenants)) + Arrays.hashCode(backlog);
    }

    @Override
    public String toString() {
        return "WarmStart[minute=" + minute + ", tenants=" + tenants.length + "]";
    }
}
