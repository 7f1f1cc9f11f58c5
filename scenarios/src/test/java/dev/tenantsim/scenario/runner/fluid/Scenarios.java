package dev.tenantsim.scenario.runner.fluid;

import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.model.Horizon;
import java.time.Duration;

/** Test helpers: a bundled scenario over a shorter horizon (the rest unchanged). */
final class Scenarios {
    private Scenarios() {
    }

    static Scenario withHorizon(Scenario s, Duration length) {
        Horizon h = new Horizon(s.horizon().start(), length, s.horizon().step(), s.horizon().fidelity());
        return new Scenario(s.name(), s.description(), s.seed(), h, s.replications(), s.tiers(), s.tenants(), s.request(),
                s.topology(), s.placement(), s.controls(), s.report(), s.priceBook(), s.costs(), s.variants());
    }
}
