package dev.tenantsim.report.model;

import java.util.List;

/**
 * Two or more runs of one scenario compared side by side (variants or sweep points), run with
 * common random numbers. The first outcome is the reference the others are compared with.
 */
public record Comparison(String scenario, List<RunOutcome> outcomes) {
    public Comparison {
        outcomes = List.copyOf(outcomes);
        if (outcomes.size() < 2) {
            throw new IllegalArgumentException("outcomes (" + outcomes.size() + ") must hold at least two runs to compare");
        }
    }

    public RunOutcome reference() {
        return outcomes.get(0);
    }
}
