package dev.tenantsim.engine.fluid;

import java.util.Arrays;
import java.util.List;

/**
 * The static part of a fluid run: stacks, and per tenant (dense index) its request work, limits,
 * SLO and stack. Held as primitive arrays for the inner loop; build it with {@link #builder}.
 */
public final class FluidModel {
    private final StackCapacity[] stacks;
    final int[] stackOf;
    final double[] appCpu;
    final double[] dbCpu;
    final double[] ioOps;
    final double[] hold;
    final double[] appScv;
    final double[] dbScv;
    final double[] ioScv;
    final double[] holdScv;
    final double[] arrivalScv;
    final double[] rateLimit;
    final double[] connectionQuota;
    final double[] concurrencyCap;
    final double[] sloP99;
    final double[] errorBudget;
    final boolean[] heavyTail;
    final double[] slowThreshold;

    private FluidModel(Builder b) {
        this.stacks = b.stacks.clone();
        this.stackOf = b.stackOf.clone();
        this.appCpu = b.appCpu.clone();
        this.dbCpu = b.dbCpu.clone();
        this.ioOps = b.ioOps.clone();
        this.hold = b.hold.clone();
        this.appScv = b.appScv.clone();
        this.dbScv = b.dbScv.clone();
        this.ioScv = b.ioScv.clone();
        this.holdScv = b.holdScv.clone();
        this.arrivalScv = b.arrivalScv.clone();
        this.rateLimit = b.rateLimit.clone();
        this.connectionQuota = b.connectionQuota.clone();
        this.concurrencyCap = b.concurrencyCap.clone();
        this.sloP99 = b.sloP99.clone();
        this.heavyTail = b.heavyTail.clone();
        this.slowThreshold = b.slowThreshold.clone();
        this.errorBudget = b.errorBudget.clone();
    }

    /** A builder for {@code tenantCount} tenants (indices 0..tenantCount-1) on the given stacks. */
    public static Builder builder(List<StackCapacity> stacks, int tenantCount) {
        return new Builder(stacks, tenantCount);
    }

    public int tenantCount() {
        return stackOf.length;
    }

    public int stackCount() {
        return stacks.length;
    }

    public StackCapacity stack(int s) {
        return stacks[s];
    }

    /** The stack tenant {@code t} is assigned to. */
    public int stackOf(int t) {
        return stackOf[t];
    }

    /** Tenants of stack {@code s} in increasing index order. */
    int[] members(int s) {
        int n = 0;
        for (int st : stackOf) {
            if (st == s) {
                n++;
            }
        }
        int[] m = new int[n];
        int k = 0;
        for (int t = 0; t < stackOf.length; t++) {
            if (stackOf[t] == s) {
                m[k++] = t;
            }
        }
        return m;
    }

    /** Collects tenants; every index must be defined exactly once before {@link #build()}. */
    public static final class Builder {
        private final StackCapacity[] stacks;
        private final int[] stackOf;
        private final double[] appCpu;
        private final double[] dbCpu;
        private final double[] ioOps;
        private final double[] hold;
        private final double[] appScv;
        private final double[] dbScv;
        private final double[] ioScv;
        private final double[] holdScv;
        private final double[] arrivalScv;
        private final double[] rateLimit;
        private final double[] connectionQuota;
        private final double[] concurrencyCap;
        private final double[] sloP99;
        private final boolean[] heavyTail;
        private final double[] slowThreshold;
        private final double[] errorBudget;

        private Builder(List<StackCapacity> stacks, int n) {
            if (stacks == null || stacks.isEmpty()) {
                throw new IllegalArgumentException("stacks (" + stacks + ") must name at least one stack");
            }
            if (n < 1) {
                throw new IllegalArgumentException("tenantCount (" + n + ") must be >= 1");
            }
            this.stacks = stacks.toArray(new StackCapacity[0]);
            for (int s = 0; s < this.stacks.length; s++) {
                if (this.stacks[s] == null) {
                    throw new IllegalArgumentException("stacks[" + s + "] (null) must be a stack capacity");
                }
            }
            stackOf = new int[n];
            Arrays.fill(stackOf, -1);
            appCpu = new double[n];
            dbCpu = new double[n];
            ioOps = new double[n];
            hold = new double[n];
            appScv = new double[n];
            dbScv = new double[n];
            ioScv = new double[n];
            holdScv = new double[n];
            arrivalScv = new double[n];
            rateLimit = new double[n];
            connectionQuota = new double[n];
            concurrencyCap = new double[n];
            sloP99 = new double[n];
            errorBudget = new double[n];
            heavyTail = new boolean[n];
            slowThreshold = new double[n];
            java.util.Arrays.fill(slowThreshold, Double.NaN);
        }

        /** Defines tenant {@code t}. */
        public Builder tenant(int t, WorkMoments work, TenantLimits limits, SloTarget slo, int stack) {
            if (t < 0 || t >= stackOf.length) {
                throw new IllegalArgumentException("tenant (" + t + ") must be in [0, " + stackOf.length + ")");
            }
            if (stack < 0 || stack >= stacks.length) {
                throw new IllegalArgumentException("stack of tenant " + t + " (" + stack + ") must be in [0, "
                        + stacks.length + ")");
            }
            if (stackOf[t] >= 0) {
                throw new IllegalArgumentException("tenant (" + t + ") is defined twice");
            }
            if (work == null || limits == null || slo == null) {
                throw new IllegalArgumentException("tenant " + t + ": work, limits and slo must not be null");
            }
            stackOf[t] = stack;
            appCpu[t] = work.appCpu().mean();
            dbCpu[t] = work.dbCpu().mean();
            ioOps[t] = work.dbIo().mean();
            hold[t] = work.connectionHold().mean();
            appScv[t] = work.appCpu().scv();
            dbScv[t] = work.dbCpu().scv();
            ioScv[t] = work.dbIo().scv();
            holdScv[t] = work.connectionHold().scv();
            arrivalScv[t] = work.arrivalScv();
            rateLimit[t] = limits.rateLimitPerSecond();
            connectionQuota[t] = limits.connectionQuota() == Integer.MAX_VALUE
                    ? Double.POSITIVE_INFINITY : limits.connectionQuota();
            concurrencyCap[t] = limits.concurrencyCap() == Integer.MAX_VALUE
                    ? Double.POSITIVE_INFINITY : limits.concurrencyCap();
            sloP99[t] = slo.p99Seconds();
            errorBudget[t] = slo.errorBudget();
            heavyTail[t] = work.heavyTail();
            return this;
        }

        /**
         * Counts tenant {@code t}'s completed requests slower than {@code seconds} (expected values:
         * served requests times the step's chance of a slower response), for occurrences budgets;
         * not counted (NaN) unless set, which costs nothing.
         */
        public Builder slowThreshold(int t, double seconds) {
            if (!(seconds > 0) || Double.isInfinite(seconds)) {
                throw new IllegalArgumentException("slow threshold of tenant " + t + " (" + seconds + ") must be a finite number > 0");
            }
            slowThreshold[t] = seconds;
            return this;
        }

        /** Defines tenants {@code 0..assignment.length-1} with the same work, limits and SLO. */
        public Builder allTenants(WorkMoments work, TenantLimits limits, SloTarget slo, int[] assignment) {
            if (assignment.length != stackOf.length) {
                throw new IllegalArgumentException("assignment length (" + assignment.length
                        + ") must equal tenantCount (" + stackOf.length + ")");
            }
            for (int t = 0; t < assignment.length; t++) {
                tenant(t, work, limits, slo, assignment[t]);
            }
            return this;
        }

        public FluidModel build() {
            for (int t = 0; t < stackOf.length; t++) {
                if (stackOf[t] < 0) {
                    throw new IllegalArgumentException("tenant (" + t + ") was never defined");
                }
            }
            return new FluidModel(this);
        }
    }
}
