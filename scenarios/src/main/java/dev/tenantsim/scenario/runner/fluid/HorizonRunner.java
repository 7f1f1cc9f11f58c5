package dev.tenantsim.scenario.runner.fluid;

import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioRunner;
import java.time.Duration;

/**
 * Chooses the engine by the horizon: longer than {@link #REQUEST_LEVEL_LIMIT} (days to a quarter)
 * runs the fluid pass over the whole horizon plus the request-level DES of the busiest windows
 * ({@link FluidRunner}); up to it, the request-level runner alone simulates every request.
 */
public final class HorizonRunner implements ScenarioRunner {
    /** Longest horizon simulated request by request in full. */
    public static final Duration REQUEST_LEVEL_LIMIT = Duration.ofHours(6);

    private final ScenarioRunner requestLevel;
    private final FluidRunner fluid;

    /** @param requestLevel the request-level runner for short horizons (e.g. {@code new PlatformRunner()}) */
    public HorizonRunner(ScenarioRunner requestLevel) {
        this(requestLevel, new FluidRunner());
    }

    public HorizonRunner(ScenarioRunner requestLevel, FluidRunner fluid) {
        if (requestLevel == null || fluid == null) {
            throw new IllegalArgumentException("requestLevel and fluid runners (null) must be given");
        }
        this.requestLevel = requestLevel;
        this.fluid = fluid;
    }

    /** Whether {@code s} goes through the fluid pass. */
    public static boolean usesFluid(Scenario s) {
        return s.horizon().length().compareTo(REQUEST_LEVEL_LIMIT) > 0;
    }

    @Override
    public String name() {
        return requestLevel.name() + " (fluid pass + DES windows beyond " + REQUEST_LEVEL_LIMIT.toHours() + " h)";
    }

    @Override
    public RunOutcome run(Scenario scenario, long seed, int replications, RunProgress progress) {
        return usesFluid(scenario) ? fluid.run(scenario, seed, replications, progress)
                : requestLevel.run(scenario, seed, replications, progress);
    }
}
