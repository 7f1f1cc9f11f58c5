package dev.tenantsim.engine.platform;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a request-level run measured: per tenant (dense index order), per stack (topology
 * order), the incidents (by start minute, then stack), and latency percentiles per tier and per
 * stack (over all their completed requests: tenant histograms merged). Plain immutable data:
 * reports and the cost model read it and never reach back into the simulation.
 */
public record Results(double horizonSeconds, int minutes, List<SimulatedTenant> tenants, List<SimulatedStack> stacks,
                      List<Incident> incidents, Map<Integer, LatencySummary> latencyByTier,
                      List<LatencySummary> latencyByStack) implements java.io.Serializable {
    public Results {
        tenants = List.copyOf(tenants);
        stacks = List.copyOf(stacks);
        incidents = List.copyOf(incidents);
        latencyByTier = Collections.unmodifiableMap(new TreeMap<>(latencyByTier));
        latencyByStack = List.copyOf(latencyByStack);
    }

    /** Results without tier and stack latency summaries (hand-built fixtures). */
    public Results(double horizonSeconds, int minutes, List<SimulatedTenant> tenants, List<SimulatedStack> stacks,
                   List<Incident> incidents) {
        this(horizonSeconds, minutes, tenants, stacks, incidents, Map.of(), List.of());
    }

    public SimulatedTenant tenant(int index) {
        return tenants.get(index);
    }

    /** Attempts over all tenants: the load clients put on the platform, retries included. */
    public long totalAttempts() {
        long s = 0;
        for (SimulatedTenant t : tenants) {
            s += t.attempts();
        }
        return s;
    }

    public long totalCompleted() {
        long s = 0;
        for (SimulatedTenant t : tenants) {
            s += t.completed();
        }
        return s;
    }
}
