package dev.tenantsim.scenario.optimize;

import dev.tenantsim.report.model.RunOutcome;
import java.util.List;

/**
 * Runs grid points. Replication {@code r} of every point is the scenario's run at seed {@code seed + r},
 * whatever the point, so points are compared over common random numbers and replications can be added
 * to a point later without running the earlier ones again.
 */
@FunctionalInterface
public interface Evaluator {
    /** One point's runs: the outcomes of replications from..to (exclusive), in order, or why one failed. */
    record Runs(List<RunOutcome> outcomes, String failure) {
        public Runs {
            outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        }

        public boolean failed() {
            return failure != null;
        }
    }

    /** Replications {@code from} (inclusive) to {@code to} (exclusive) of each point, in the order given. */
    List<Runs> run(List<Candidate> points, int from, int to);
}
