package dev.tenantsim.engine.fluid;

/**
 * What the fluid pass measured on one stack over the horizon.
 *
 * @param stack stack index
 * @param tenants tenants assigned to it
 * @param overloadedMinutes minutes in which demand exceeded the bottleneck's capacity
 * @param peakBacklogRequests largest total backlog at the end of a step
 * @param series downsampled utilization series
 * @param incidents incidents on this stack in time order (docs/metrics.md; see {@link FluidIncident})
 * @param violationShare per point of the series, the mean share of the stack's tenants in SLO violation
 * @param tenantsInViolation per step, the number of the stack's tenants in SLO violation
 * @param warmStart the tenants' backlogs at the start of the busiest series point
 */
public record StackFluidResult(int stack, int tenants, double[] peakUtilizations, double[] meanUtilizations,
                               long overloadedMinutes, double peakBacklogRequests, UtilizationSeries series,
                               java.util.List<FluidIncident> incidents, double[] violationShare,
                               int[] tenantsInViolation, WarmStart warmStart) {

    public StackFluidResult {
        peakUtilizations = peakUtilizations.clone();
        meanUtilizations = meanUtilizations.clone();
        incidents = java.util.List.copyOf(incidents);
        violationShare = violationShare.clone();
        tenantsInViolation = tenantsInViolation.clone();
    }

    @Override
    public int[] tenantsInViolation() {
        return tenantsInViolation.clone();
    }

    @Override
    public double[] violationShare() {
        return violationShare.clone();
    }

    /** Highest per-step served utilization of resource {@code r} (0..1). */
    public double peakUtilization(FluidResource r) {
        return peakUtilizations[r.ordinal()];
    }

    /** Time-weighted mean utilization of resource {@code r} over the horizon. */
    public double meanUtilization(FluidResource r) {
        return meanUtilizations[r.ordinal()];
    }

    @Override
    public double[] peakUtilizations() {
        return peakUtilizations.clone();
    }

    @Override
    public double[] meanUtilizations() {
        return meanUtilizations.clone();
    }
}
