package dev.tenantsim.scenario.runner.model;

import dev.tenantsim.engine.platform.Controls;
import dev.tenantsim.engine.platform.PlatformScenario;
import dev.tenantsim.engine.platform.SloPolicy;
import dev.tenantsim.engine.platform.TenantLoad;
import dev.tenantsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * One scenario mapped to the engines' inputs (see {@link ScenarioModels}): its tiers, its tenants
 * with their signatures, the stacks and the stack of every tenant, and the per-tenant controls
 * and SLOs. Immutable; the request-level runner asks it for a {@link PlatformScenario} over a
 * span, the fluid runner reads the signatures and the layout.
 */
public record ScenarioModel(Scenario scenario, long seed, TierModels tiers, TenantWorkload workload,
                            StackLayout layout, Controls controls, SloPolicy slo, List<String> notes) {
    public ScenarioModel {
        notes = List.copyOf(notes);
    }

    public int tenantCount() {
        return workload.size();
    }

    /** Dense tier index of every tenant. */
    public int[] tierIndex() {
        return tiers.indexOf(workload.tierNames());
    }

    /** The tenants' loads over a span of the horizon. */
    public List<TenantLoad> tenantLoads(RequestSpan span) {
        return MechanismModels.withUsersRegions(TenantLoads.of(workload, tiers, span), scenario, layout);
    }

    /** Everything the request-level simulation needs for that span, with the timeline's faults on its stacks. */
    public PlatformScenario platformScenario(RequestSpan span) {
        return new PlatformScenario(tenantLoads(span), DrillModels.topology(this, span), controls, slo, span.seconds());
    }

    /** Caveats of the population and the layout together. */
    public static List<String> join(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
