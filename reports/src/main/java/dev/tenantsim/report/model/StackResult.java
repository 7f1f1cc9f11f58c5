package dev.tenantsim.report.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One pool, cell or dedicated stack and its utilization over time.
 *
 * @param kind         pooled, cell, dedicated
 * @param servers      parallel servers of its bottleneck resource (e.g. app cores)
 * @param stepSeconds  width of one utilization sample
 * @param utilization  time-weighted busy fraction per step (docs/metrics.md "Utilization"), mean over replications;
 *                     with several resources, the busiest one's in each step
 * @param utilizationByResource the same per resource (e.g. app-cpu, db-cpu, db-io, db-pool); may be empty
 */
public record StackResult(
        String name,
        String kind,
        int servers,
        int tenants,
        double stepSeconds,
        List<Double> utilization,
        Map<String, List<Double>> utilizationByResource) implements java.io.Serializable {

    public StackResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        utilization = List.copyOf(utilization);
        Map<String, List<Double>> byResource = new LinkedHashMap<>();
        if (utilizationByResource != null) {
            utilizationByResource.forEach((k, v) -> byResource.put(k, List.copyOf(v)));
        }
        utilizationByResource = Collections.unmodifiableMap(byResource);
        if (!(stepSeconds > 0)) {
            throw new IllegalArgumentException("stepSeconds (" + stepSeconds + ") must be > 0");
        }
    }

    public double meanUtilization() {
        return utilization.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    public double peakUtilization() {
        return utilization.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
