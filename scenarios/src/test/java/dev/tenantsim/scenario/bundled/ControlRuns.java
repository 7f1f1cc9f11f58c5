package dev.tenantsim.scenario.bundled;

import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.TenantResult;
import dev.tenantsim.report.model.TierResult;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.runner.PlatformRunner;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Runs for the bundled control scenarios: the base and its one variant with the scenario's own
 * seed and replications, so both see the same random streams (common random numbers) and the
 * difference is the control's.
 */
final class ControlRuns {
    private ControlRuns() {
    }

    static RunOutcome run(Scenario s) {
        return new PlatformRunner().run(s, s.seed(), s.replications(), RunProgress.NONE);
    }

    static TierResult tier(RunOutcome o, String name) {
        return o.tiers().stream().filter(t -> t.tier().equals(name)).findFirst().orElseThrow();
    }

    static TenantResult tenant(RunOutcome o, String id) {
        return o.tenants().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    /** Mean of {@code f} over the tenants other than {@code id}. */
    static double meanOverOthers(RunOutcome o, String id, ToDoubleFunction<TenantResult> f) {
        List<TenantResult> others = o.tenants().stream().filter(t -> !t.id().equals(id)).toList();
        return others.stream().mapToDouble(f).average().orElseThrow();
    }

    static double errors(TierResult t, String cause) {
        return t.errorsByCause().getOrDefault(cause, 0.0);
    }
}
