package dev.tenantsim.scenario.runner.model;

/**
 * Which pass the signatures feed. The workload {@code poisson} pattern realises each minute's count
 * as a Poisson draw (the fluid pass then sees count noise); the request-level simulation draws
 * Poisson arrivals itself from each minute's rate, so for it the same pattern is the plain
 * intensity ({@code constant}) — otherwise the count noise would be counted twice.
 */
public enum ArrivalPass {
    FLUID,
    REQUEST_LEVEL;

    /** The generator to create for a scenario's pattern name in this pass. */
    public String generatorFor(String pattern) {
        return this == REQUEST_LEVEL && "poisson".equals(pattern) ? "constant" : pattern;
    }
}
