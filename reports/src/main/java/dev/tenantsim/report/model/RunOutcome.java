package dev.tenantsim.report.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything a report shows about one run (one scenario or variant, all its replications).
 * Plain immutable data: reports read it and never reach back into a simulation. An engine's own
 * results are mapped into this record by the scenario runner.
 *
 * @param cost       null when no cost was computed
 * @param priceSheet the isolation-uplift price sheet, or null when none was computed
 */
public record RunOutcome(
        RunInfo info,
        List<TenantResult> tenants,
        List<TierResult> tiers,
        List<StackResult> stacks,
        BlastRadius blastRadius,
        List<WindowResult> windows,
        CostResult cost,
        PriceSheetResult priceSheet) implements java.io.Serializable {

    public RunOutcome {
        Objects.requireNonNull(info, "info");
        tenants = List.copyOf(tenants);
        tiers = List.copyOf(tiers);
        stacks = List.copyOf(stacks);
        Objects.requireNonNull(blastRadius, "blastRadius");
        windows = List.copyOf(windows);
    }

    /** An outcome without a price sheet. */
    public RunOutcome(RunInfo info, List<TenantResult> tenants, List<TierResult> tiers, List<StackResult> stacks,
                      BlastRadius blastRadius, List<WindowResult> windows, CostResult cost) {
        this(info, tenants, tiers, stacks, blastRadius, windows, cost, null);
    }

    public boolean hasCost() {
        return cost != null;
    }

    public RunOutcome withVariant(String variant) {
        return new RunOutcome(info.withVariant(variant), tenants, tiers, stacks, blastRadius, windows, cost, priceSheet);
    }
}
