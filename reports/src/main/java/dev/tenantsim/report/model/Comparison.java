package dev.tenantsim.report.model;

import java.util.List;

/**
 * Two or more runs of one scenario compared side by side (variants or sweep points), run with
 * common random numbers. The first outcome is the reference the others are compared with.
 * {@code gaps} are the runs that failed (in run order): they have no outcome, and the report
 * says so.
 */
public record Comparison(String scenario, List<RunOutcome> outcomes, List<RunGap> gaps) {
    public Comparison {
        outcomes = List.copyOf(outcomes);
        gaps = List.copyOf(gaps);
        if (outcomes.size() < 2) {
            throw new IllegalArgumentException("outcomes (" + outcomes.size() + ") must hold at least two runs to compare");
        }
    }

    /** A comparison in which every run completed. */
    public Comparison(String scenario, List<RunOutcome> outcomes) {
        this(scenario, outcomes, List.of());
    }

    public RunOutcome reference() {
        return outcomes.get(0);
    }
}
