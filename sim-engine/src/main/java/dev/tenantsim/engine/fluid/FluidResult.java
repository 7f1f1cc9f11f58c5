package dev.tenantsim.engine.fluid;

import java.util.List;

/**
 * Everything a fluid run produced.
 *
 * @param options the options of the run
 * @param tenants per-tenant outcomes
 * @param stacks per-stack utilization, in stack order
 * @param busiestWindows the busiest windows over all stacks, busiest first
 */
public record FluidResult(FluidOptions options, TenantFluidResults tenants, List<StackFluidResult> stacks,
                          List<BusyWindow> busiestWindows) {

    public FluidResult {
        stacks = List.copyOf(stacks);
        busiestWindows = List.copyOf(busiestWindows);
    }

    /** The stack whose bottleneck resource reached the highest peak utilization. */
    public StackFluidResult hottestStack() {
        StackFluidResult best = stacks.get(0);
        for (StackFluidResult s : stacks) {
            if (maxOf(s.peakUtilizations()) > maxOf(best.peakUtilizations())) {
                best = s;
            }
        }
        return best;
    }

    private static double maxOf(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
