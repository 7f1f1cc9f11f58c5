package dev.tenantsim.workload.trace;

import java.math.BigDecimal;
import java.util.List;

/**
 * Receives a trace as it is read, one sample at a time (readers stream: a trace larger than memory
 * is fine). {@code values} is indexed like the metric list given to {@link #begin}; it is reused
 * between calls, so copy what you keep. A value of {@code Double.NaN} means "not measured in this
 * row" (an empty cell), never a bad value — bad values are rejected by the reader.
 */
public interface TraceSink {
    /** Called before the samples of each file, with the metrics its values carry. */
    void begin(String source, List<TraceMetric> metrics);

    /** One sample: tenant, time in epoch seconds, values. Per tenant, times strictly increase. */
    void sample(String tenant, long epochSecond, double[] values);

    /**
     * What a tenant cost over {@code [startEpochSecond, endEpochSecond)}, in US dollars, exact, for
     * the formats that carry cost beside usage (OpenCost's {@code totalCost}); money is never a
     * {@code double}, so it does not travel in {@link #sample}'s values. Ignored by default (a
     * replay uses the usage, the price book prices the simulated platform).
     */
    default void cost(String tenant, long startEpochSecond, long endEpochSecond, BigDecimal usd) {
    }
}
