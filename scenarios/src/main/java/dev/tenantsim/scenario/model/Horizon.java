package dev.tenantsim.scenario.model;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/** The simulated span: an optional start (clock times in jobs and windows are on its day), a length and a step. */
public record Horizon(OffsetDateTime start, Duration length, Duration step) {
    public Horizon {
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(step, "step");
    }

    public double lengthSeconds() {
        return length.toNanos() / 1e9;
    }

    public double stepSeconds() {
        return step.toNanos() / 1e9;
    }
}
