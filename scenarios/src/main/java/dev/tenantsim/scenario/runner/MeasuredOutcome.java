package dev.tenantsim.scenario.runner;

import dev.tenantsim.engine.platform.metrics.Measurements;
import dev.tenantsim.report.model.RunOutcome;
import java.util.List;

/**
 * A run's outcome beside the measurements it was assembled from (one per replication), so that a
 * test can recompute any figure from its one function and compare.
 */
public record MeasuredOutcome(RunOutcome outcome, List<Measurements> measurements) {
    public MeasuredOutcome {
        measurements = List.copyOf(measurements);
    }
}
