package dev.tenantsim.scenario.model;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A tier's objective (docs/metrics.md): the per-minute rule — p99 latency and error budget per
 * minute, behind violation minutes and availability —, the contracted availability (a fraction;
 * NaN when the tier promises none), and how its error budget is counted, as in OpenSLO:
 * {@link Method#TIMESLICES} (good one-minute slices) or {@link Method#OCCURRENCES} (good requests:
 * completed within {@code threshold}), against {@code target} over {@code window}.
 *
 * @param target    share of good slices or requests the SLO promises, in (0, 1); NaN: none given
 *                  (a timeslices SLO then uses its availability, if any)
 * @param threshold latency a good request stays within (occurrences; null for timeslices)
 * @param window    the SLO's window; null: the scenario's horizon
 */
public record SloSpec(Method method, Duration p99, double errorBudget, double availability, double target,
                      Duration threshold, Duration window) {
    /** The budgeting methods of OpenSLO, by the names a scenario file uses. */
    public enum Method {
        TIMESLICES, OCCURRENCES;

        /** The name a scenario file (and results.json) uses: {@code timeslices}, {@code occurrences}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The method named {@code label}, case-insensitive (OpenSLO writes {@code Occurrences}). */
        public static Method of(String label) {
            for (Method m : values()) {
                if (m.label().equalsIgnoreCase(label)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("slo.method (" + label + ") must be one of timeslices, occurrences");
        }
    }

    public SloSpec {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(p99, "p99");
        if (method == Method.OCCURRENCES && (threshold == null || Double.isNaN(target))) {
            throw new IllegalArgumentException("an occurrences SLO needs a target and a threshold");
        }
    }

    /** The per-minute rule only, budgeted by timeslices (the default method). */
    public SloSpec(Duration p99, double errorBudget, double availability) {
        this(Method.TIMESLICES, p99, errorBudget, availability, Double.NaN, null, null);
    }

    public boolean hasAvailability() {
        return !Double.isNaN(availability);
    }

    /** The target the error budget is counted against: the given one, else a timeslices SLO's availability; NaN: none. */
    public double budgetTarget() {
        return !Double.isNaN(target) || method == Method.OCCURRENCES ? target : availability;
    }

    /** Latency above which a completed request is slow: the threshold of an occurrences SLO, else the p99 objective. */
    public Duration slowThreshold() {
        return method == Method.OCCURRENCES ? threshold : p99;
    }

    /** The window in seconds, {@code horizonSeconds} when none is given. */
    public double windowSeconds(double horizonSeconds) {
        return window == null ? horizonSeconds : window.toNanos() / 1e9;
    }
}
