package dev.tenantsim.report.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * Everything a report shows about one run (one scenario or variant, all its replications).
 * Plain immutable data: reports read it and never reach back into a simulation. An engine's own
 * results are mapped into this record by the scenario runner.
 *
 * @param cost       null when no cost was computed
 * @param priceSheet the isolation-uplift price sheet, or null when none was computed
 * @param classes    per stack and request class (empty without request classes; then not written)
 * @param dataTier   per stack, lock waits and replica lag (empty without writes, locks or a replica; then not written)
 * @param events     the timeline's events and what each did (empty without {@code events:}; then not written)
 */
public record RunOutcome(
        RunInfo info,
        List<TenantResult> tenants,
        List<TierResult> tiers,
        List<StackResult> stacks,
        BlastRadius blastRadius,
        List<WindowResult> windows,
        CostResult cost,
        PriceSheetResult priceSheet,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ClassResult> classes,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<DataTierResult> dataTier,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<EventResult> events) implements java.io.Serializable {

    public RunOutcome {
        Objects.requireNonNull(info, "info");
        tenants = List.copyOf(tenants);
        tiers = List.copyOf(tiers);
        stacks = List.copyOf(stacks);
        Objects.requireNonNull(blastRadius, "blastRadius");
        windows = List.copyOf(windows);
        classes = classes == null ? List.of() : List.copyOf(classes);
        dataTier = dataTier == null ? List.of() : List.copyOf(dataTier);
        events = events == null ? List.of() : List.copyOf(events);
    }

    public RunOutcome(RunInfo info, List<TenantResult> tenants, List<TierResult> tiers, List<StackResult> stacks,
                      BlastRadius blastRadius, List<WindowResult> windows, CostResult cost, PriceSheetResult priceSheet,
                      List<ClassResult> classes, List<DataTierResult> dataTier) {
        this(info, tenants, tiers, stacks, blastRadius, windows, cost, priceSheet, classes, dataTier, List.of());
    }

    public RunOutcome(RunInfo info, List<TenantResult> tenants, List<TierResult> tiers, List<StackResult> stacks,
                      BlastRadius blastRadius, List<WindowResult> windows, CostResult cost, PriceSheetResult priceSheet) {
        this(info, tenants, tiers, stacks, blastRadius, windows, cost, priceSheet, List.of(), List.of());
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
        return new RunOutcome(info.withVariant(variant), tenants, tiers, stacks, blastRadius, windows, cost, priceSheet,
                classes, dataTier, events);
    }

    /** The same outcome with the request classes' and data tier's figures. */
    public RunOutcome withDataPath(List<ClassResult> newClasses, List<DataTierResult> newDataTier) {
        return new RunOutcome(info, tenants, tiers, stacks, blastRadius, windows, cost, priceSheet, newClasses, newDataTier, events);
    }

    /** The same outcome with the timeline's events. */
    public RunOutcome withEvents(List<EventResult> newEvents) {
        return new RunOutcome(info, tenants, tiers, stacks, blastRadius, windows, cost, priceSheet, classes, dataTier, newEvents);
    }
}
