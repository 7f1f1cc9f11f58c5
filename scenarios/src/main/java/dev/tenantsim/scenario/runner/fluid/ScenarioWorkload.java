package dev.tenantsim.scenario.runner.fluid;

import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioException;
import dev.tenantsim.workload.Population;
import dev.tenantsim.workload.Signature;

/** A scenario's tenants and signatures over its horizon (from the scenario mapping). */
public record ScenarioWorkload(Scenario scenario, Population population, Signature[] signatures, int horizonMinutes,
                               int startMinuteOfDay) {

    public static ScenarioWorkload of(Scenario s) {
        throw ScenarioException.of(s.name(), "fingerprinting a scenario needs the scenario mapping (not merged yet)");
    }
}
