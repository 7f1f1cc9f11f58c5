package dev.tenantsim.scenario.model;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A dependency the request path calls ({@code request.dependencies.<name>}): its latency, its
 * capacity (calls served at once, per stack), its failure rate, the share of requests that call
 * it (per tier where {@code shareByTier} says so), whether the call is asynchronous (a task in a
 * queue worked off by {@code capacity} workers) and its circuit breaker (or null).
 */
public record DependencySpec(String name, WorkDist latency, int capacity, double failureRate, double share,
                             Map<String, Double> shareByTier, Map<String, Double> failureRateByTier, boolean async,
                             Breaker breaker) {
    public DependencySpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(latency, "latency");
        shareByTier = shareByTier == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(shareByTier));
        failureRateByTier = failureRateByTier == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(failureRateByTier));
    }

    /** A breaker on the calls: opens after {@code failures} consecutive failures for {@code openFor}, per tenant or per dependency. */
    public record Breaker(int failures, Duration openFor, boolean perTenant) {
        public Breaker {
            Objects.requireNonNull(openFor, "openFor");
        }
    }
}
