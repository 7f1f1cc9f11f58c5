package dev.tenantsim.workload.trace;

import java.util.Objects;

/**
 * How to read a trace.
 *
 * @param badRows          strict (throw at the first bad row) or lenient (count and skip)
 * @param startEpochSecond time of the first sample of formats without timestamps (PlanetLab,
 *                         Azure V1 row indices, the aggregate curves), and time 0 of formats with
 *                         relative times (Alibaba, Google 2019, SWF without {@code UnixStartTime});
 *                         default 0
 * @param stepSeconds      sample step of formats without timestamps, and the window the Google
 *                         2019 reader sums instances over; default 300
 * @param tenantKey        what names the tenant, for the formats where that is a choice: the
 *                         Prometheus label (default {@code tenant}), the CloudWatch field
 *                         ({@code Label}, default, or {@code Id}), the Google 2019 column (default
 *                         {@code collection_id}); {@code null} means the format's default
 * @param valueMetric      what the values of a single-valued series are, for Prometheus (default
 *                         {@code requests_per_s}) and CloudWatch (default {@code cpu_percent});
 *                         {@code null} means the format's default
 */
public record TraceOptions(BadRowPolicy badRows, long startEpochSecond, int stepSeconds, String tenantKey,
                           TraceMetric valueMetric) {
    public static final TraceOptions STRICT = new TraceOptions(BadRowPolicy.STRICT, 0, 300);
    public static final TraceOptions LENIENT = new TraceOptions(BadRowPolicy.LENIENT, 0, 300);

    public TraceOptions {
        Objects.requireNonNull(badRows, "trace.badRows");
        if (stepSeconds < 1) {
            throw new IllegalArgumentException("trace.stepSeconds (" + stepSeconds + ") must be >= 1");
        }
        if (tenantKey != null && tenantKey.isBlank()) {
            throw new IllegalArgumentException("trace.tenantKey (" + tenantKey + ") must be a non-empty name");
        }
    }

    public TraceOptions(BadRowPolicy badRows, long startEpochSecond, int stepSeconds) {
        this(badRows, startEpochSecond, stepSeconds, null, null);
    }

    public TraceOptions withStartEpochSecond(long epochSecond) {
        return new TraceOptions(badRows, epochSecond, stepSeconds, tenantKey, valueMetric);
    }

    public TraceOptions withTenantKey(String key) {
        return new TraceOptions(badRows, startEpochSecond, stepSeconds, key, valueMetric);
    }

    public TraceOptions withValueMetric(TraceMetric metric) {
        return new TraceOptions(badRows, startEpochSecond, stepSeconds, tenantKey, metric);
    }

    /** The tenant key, or the format's {@code defaultKey} when none was given. */
    public String tenantKeyOr(String defaultKey) {
        return tenantKey != null ? tenantKey : defaultKey;
    }

    /** The value metric, or the format's {@code defaultMetric} when none was given. */
    public TraceMetric valueMetricOr(TraceMetric defaultMetric) {
        return valueMetric != null ? valueMetric : defaultMetric;
    }
}
