package dev.tenantsim.workload.trace;

import java.util.Objects;

/**
 * How to read a trace.
 *
 * @param badRows          strict (throw at the first bad row) or lenient (count and skip)
 * @param startEpochSecond time of the first sample of formats without timestamps (PlanetLab,
 *                         Azure V1 row indices); default 0
 * @param stepSeconds      sample step of formats without timestamps; default 300
 */
public record TraceOptions(BadRowPolicy badRows, long startEpochSecond, int stepSeconds) {
    public static final TraceOptions STRICT = new TraceOptions(BadRowPolicy.STRICT, 0, 300);
    public static final TraceOptions LENIENT = new TraceOptions(BadRowPolicy.LENIENT, 0, 300);

    public TraceOptions {
        Objects.requireNonNull(badRows, "trace.badRows");
        if (stepSeconds < 1) {
            throw new IllegalArgumentException("trace.stepSeconds (" + stepSeconds + ") must be >= 1");
        }
    }
}
