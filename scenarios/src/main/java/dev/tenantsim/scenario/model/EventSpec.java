package dev.tenantsim.scenario.model;

import java.time.Duration;
import java.util.Objects;

/**
 * One event of the scenario's timeline ({@code events:}): a fault over the window
 * {@code [at, at + length)} of the horizon, both counted from the horizon's start.
 *
 * @param index  position in {@code events:} (for messages: {@code events[index]})
 * @param line   line of the event in the scenario file (0 when built in code)
 * @param kind   what happens
 * @param at     start, from the horizon's start
 * @param length how long it lasts (positive)
 * @param tenant {@code loadSpike}: the tenant, else null
 * @param factor {@code loadSpike}: the rate multiplier, else NaN
 * @param stack  {@code dbDegradation}, {@code stackOutage}: the stack's report name, else null
 * @param cpu    {@code dbDegradation}: share of the DB's cores left (1 when not degraded)
 * @param iops   {@code dbDegradation}: share of the DB's IOPS left (1 when not degraded)
 * @param drill  the drill kinds' parameters (failover, region, dependency, control-plane mapping; {@link DrillSpec#NONE})
 */
public record EventSpec(int index, int line, Kind kind, Duration at, Duration length, String tenant, double factor,
                        String stack, double cpu, double iops, DrillSpec drill) {
    /** The kinds of event, by their name in {@code events[].kind}. */
    public enum Kind {
        LOAD_SPIKE("loadSpike"), DB_DEGRADATION("dbDegradation"), STACK_OUTAGE("stackOutage"),
        REGION_OUTAGE("regionOutage"), CONTROL_PLANE_OUTAGE("controlPlaneOutage"), DEPENDENCY_OUTAGE("dependencyOutage");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The kind of that name (the validator has checked it is one). */
        public static Kind named(String label) {
            for (Kind k : values()) {
                if (k.label.equals(label)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("events[].kind (" + label + ") must be one of loadSpike, dbDegradation, stackOutage,"
                    + " regionOutage, controlPlaneOutage, dependencyOutage");
        }
    }

    public EventSpec(int index, int line, Kind kind, Duration at, Duration length, String tenant, double factor,
                     String stack, double cpu, double iops) {
        this(index, line, kind, at, length, tenant, factor, stack, cpu, iops, DrillSpec.NONE);
    }

    public EventSpec {
        drill = drill == null ? DrillSpec.NONE : drill;
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(length, "length");
        if (at.isNegative() || length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("events[" + index + "] (at " + at + ", for " + length + ") must start at or after"
                    + " the horizon's start and last longer than zero");
        }
    }

    /** When it ends, from the horizon's start. */
    public Duration end() {
        return at.plus(length);
    }

    public double fromSeconds() {
        return at.toNanos() / 1e9;
    }

    public double toSeconds() {
        return end().toNanos() / 1e9;
    }

    /** Where it was written, for messages: {@code events[2] (line 41)}. */
    public String where() {
        return "events[" + index + "]" + (line > 0 ? " (line " + line + ")" : "");
    }
}
