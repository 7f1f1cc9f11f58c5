package dev.tenantsim.scenario.runner.fluid;

import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioRunner;
import dev.tenantsim.scenario.model.Fidelity;
import java.time.Duration;

/**
 * Chooses the engine by the scenario's {@link Fidelity} ({@code horizon.fidelity}, or the command
 * line's {@code --fidelity}): {@code fluid} runs the fluid pass over the whole horizon plus the
 * request-level DES of the busiest windows ({@link FluidRunner}), however short the horizon;
 * {@code request} runs the request-level runner alone over the whole horizon, however long;
 * {@code auto} (the default) decides by the horizon: longer than {@link #REQUEST_LEVEL_LIMIT}
 * (days to a quarter) goes to the fluid pass, up to it to the request-level runner.
 *
 * <p>A request-level run over a long horizon can take hours and more memory than the JVM has;
 * this class does not refuse it (the command line estimates it first, {@code RequestLevelEstimate}).
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

    /** Whether {@code s} goes through the fluid pass: by its fidelity, and for {@code auto} by its horizon's length. */
    public static boolean usesFluid(Scenario s) {
        return switch (s.horizon().fidelity()) {
            case FLUID -> true;
            case REQUEST -> false;
            case AUTO -> s.horizon().length().compareTo(REQUEST_LEVEL_LIMIT) > 0;
        };
    }

    @Override
    public String name() {
        return "platform model: request-level DES or fluid pass, by fidelity (auto: the fluid pass beyond "
                + REQUEST_LEVEL_LIMIT.toHours() + " h)";
    }

    /** The runner that runs {@code s}: the fluid runner or the request-level one. */
    public ScenarioRunner engineFor(Scenario s) {
        return usesFluid(s) ? fluid : requestLevel;
    }

    @Override
    public RunOutcome run(Scenario scenario, long seed, int replications, RunProgress progress) {
        return engineFor(scenario).run(scenario, seed, replications, progress);
    }
}
