package dev.tenantsim.scenario.model;

import java.time.Duration;
import java.util.Objects;

/**
 * A tier's objective: p99 latency per minute, error budget per minute (a fraction), and the
 * contracted availability (a fraction; NaN when the tier promises none).
 */
public record SloSpec(Duration p99, double errorBudget, double availability) {
    public SloSpec {
        Objects.requireNonNull(p99, "p99");
    }

    public boolean hasAvailability() {
        return !Double.isNaN(availability);
    }
}
