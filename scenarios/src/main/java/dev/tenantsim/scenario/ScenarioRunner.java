package dev.tenantsim.scenario;

import dev.tenantsim.report.model.RunOutcome;

/**
 * Runs one scenario (the base, or one variant already merged over it) and maps what the engine
 * produced into the {@link RunOutcome} the reports read. A run is a pure function of
 * (scenario, seed, replications): the same inputs give an equal outcome, and two variants run
 * with the same seed see the same tenant arrivals (common random numbers).
 *
 * <p>Implementations: {@link dev.tenantsim.scenario.runner.PlatformRunner} (request-level DES of
 * the platform model, with placement strategies and the cost model) and, for horizons of days
 * to a quarter, {@link dev.tenantsim.scenario.runner.fluid.FluidRunner} (fluid pass plus DES of
 * the busiest windows); {@link dev.tenantsim.scenario.runner.fluid.HorizonRunner} chooses.
 */
public interface ScenarioRunner {
    /** Short description of the engine, shown in reports ("platform model: request-level DES", ...). */
    String name();

    /**
     * @throws ScenarioException  if the scenario uses something this runner cannot do (exit 2)
     * @throws RunFailedException if the run fails (exit 1)
     */
    RunOutcome run(Scenario scenario, long seed, int replications, RunProgress progress);
}
