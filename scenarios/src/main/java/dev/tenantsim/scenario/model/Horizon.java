package dev.tenantsim.scenario.model;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The simulated span: an optional start (clock times in jobs and windows are on its day), a length
 * and a step, and the {@link Fidelity} that chooses the engine for it.
 */
public record Horizon(OffsetDateTime start, Duration length, Duration step, Fidelity fidelity) {
    public Horizon {
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(fidelity, "fidelity");
    }

    /** A horizon whose engine is chosen by its length ({@link Fidelity#AUTO}). */
    public Horizon(OffsetDateTime start, Duration length, Duration step) {
        this(start, length, step, Fidelity.AUTO);
    }

    public Horizon withFidelity(Fidelity newFidelity) {
        return new Horizon(start, length, step, newFidelity);
    }

    public double lengthSeconds() {
        return length.toNanos() / 1e9;
    }

    public double stepSeconds() {
        return step.toNanos() / 1e9;
    }
}
