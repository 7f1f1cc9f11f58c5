package dev.tenantsim.scenario.runner.model;

import dev.tenantsim.engine.platform.Controls;
import dev.tenantsim.engine.platform.SloPolicy;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioException;

/**
 * The mapping from a validated {@link Scenario} to the engines' inputs, a pure function of
 * (scenario, seed, pass):
 * <ul>
 *   <li>tiers → workload tiers and the platform's SLOs ({@link TierModels});</li>
 *   <li>tenants (generate / explicit / trace) → population and signatures, explicit jobs →
 *       scheduled jobs inside the signatures ({@link TenantWorkloads}, {@link ScheduledJobs});</li>
 *   <li>topology + placement (rules, then the strategy registry) → stacks and assignment
 *       ({@link StackLayouts}, {@link StackModels}); {@code size: auto} stacks sized for the tenants
 *       placed on them ({@link StackSizings});</li>
 *   <li>tier quotas overridden by controls → per-tenant platform controls ({@link ControlModels});</li>
 *   <li>signatures → the platform's tenant loads over a span ({@link TenantLoads}).</li>
 * </ul>
 * Engine-level input errors come back as {@link ScenarioException}s naming the scenario.
 */
public final class ScenarioModels {
    private ScenarioModels() {
    }

    public static ScenarioModel of(Scenario s, long seed, ArrivalPass pass) {
        try {
            TierModels tiers = TierModels.of(s);
            TenantWorkload workload = TenantWorkloads.of(s, seed, pass);
            StackLayout layout = ClassModels.onStacks(MechanismModels.onStacks(
                    StackSizings.apply(StackLayouts.of(s, workload, seed), s, workload), s, tiers), s);
            int[] tierIndex = tiers.indexOf(workload.tierNames());
            Controls controls = ControlModels.of(s, workload.tierNames(), tiers);
            SloPolicy slo = tiers.sloPolicy(tierIndex);
            return new ScenarioModel(s, seed, tiers, workload, layout, controls, slo,
                    ScenarioModel.join(workload.notes(), layout.notes()));
        } catch (IllegalArgumentException e) {
            throw ScenarioException.of(s.name(), e.getMessage());
        }
    }

    /** The model of the request-level pass. */
    public static ScenarioModel forRequestLevel(Scenario s, long seed) {
        return of(s, seed, ArrivalPass.REQUEST_LEVEL);
    }

    /** The model of the fluid pass. */
    public static ScenarioModel forFluid(Scenario s, long seed) {
        return of(s, seed, ArrivalPass.FLUID);
    }
}
