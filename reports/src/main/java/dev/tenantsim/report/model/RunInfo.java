package dev.tenantsim.report.model;

import java.util.List;
import java.util.Objects;

/**
 * What was run: scenario, variant, seed, replications, which engine, and the span simulated.
 *
 * @param description      the scenario's own one-paragraph description, or null
 * @param variant          "base" for the scenario as written, else the variant's name
 * @param engine           the engine that produced the outcome (e.g. "placeholder M/G/c runner")
 * @param horizonStart     ISO-8601 start of the horizon, or null when the scenario has none
 * @param horizonSeconds   horizon length
 * @param simulatedSeconds how much of the horizon was simulated request by request
 * @param notes            caveats the reader must see (parts of the scenario the engine ignored, ...)
 */
public record RunInfo(
        String scenario,
        String description,
        String variant,
        long seed,
        int replications,
        String engine,
        String horizonStart,
        double horizonSeconds,
        double simulatedSeconds,
        List<String> notes) implements java.io.Serializable {

    public RunInfo {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(engine, "engine");
        notes = List.copyOf(notes);
        if (replications < 1) {
            throw new IllegalArgumentException("replications (" + replications + ") must be >= 1");
        }
    }

    public RunInfo withVariant(String newVariant) {
        return new RunInfo(scenario, description, newVariant, seed, replications, engine, horizonStart, horizonSeconds, simulatedSeconds, notes);
    }
}
