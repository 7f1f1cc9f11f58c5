package dev.tenantsim.scenario.runner.fluid;

import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.runner.model.ScenarioModel;
import dev.tenantsim.scenario.runner.model.ScenarioModels;
import dev.tenantsim.workload.Population;
import dev.tenantsim.workload.Signature;

/**
 * A scenario's tenants and their fluid-pass signatures over its horizon, from the scenario mapping
 * ({@link ScenarioModels#forFluid}), with the clock minute of day of minute 0.
 */
public record ScenarioWorkload(Scenario scenario, Population population, Signature[] signatures, int horizonMinutes,
                               int startMinuteOfDay) {

    public ScenarioWorkload {
        signatures = signatures.clone();
    }

    @Override
    public Signature[] signatures() {
        return signatures.clone();
    }

    public static ScenarioWorkload of(Scenario s) {
        ScenarioModel m = ScenarioModels.forFluid(s, s.seed());
        return new ScenarioWorkload(s, m.workload().population(), m.workload().signatures(), horizonMinutes(s),
                startMinuteOfDay(s));
    }

    /** Whole minutes of the horizon (at least one). */
    public static int horizonMinutes(Scenario s) {
        return (int) Math.max(1, Math.ceil(s.horizon().lengthSeconds() / 60));
    }

    /** Minute of day (UTC) of the horizon start; 0 without a start. */
    public static int startMinuteOfDay(Scenario s) {
        if (s.horizon().start() == null) {
            return 0;
        }
        var t = s.horizon().start().atZoneSameInstant(java.time.ZoneOffset.UTC);
        return t.getHour() * 60 + t.getMinute();
    }
}
