package dev.tenantsim.report.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One request class on one stack (docs/metrics.md "Workload classes, locks and replicas"): where
 * its reads went, its completed requests and errors per replication (by cause), its latency
 * percentiles and its p99 objective (NaN: none). Means over replications.
 */
public record ClassResult(String stack, String name, String route, double completedRequests, double errors,
                          Map<String, Double> errorsByCause, LatencyStats latency, double p99ObjectiveMs)
        implements java.io.Serializable {
    public ClassResult {
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(latency, "latency");
        errorsByCause = Collections.unmodifiableMap(new LinkedHashMap<>(errorsByCause));
    }

    /** Failed over ended requests; NaN when none ended. */
    public double errorRate() {
        double ended = completedRequests + errors;
        return ended == 0 ? Double.NaN : errors / ended;
    }
}
