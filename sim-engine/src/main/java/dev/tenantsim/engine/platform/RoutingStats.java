package dev.tenantsim.engine.platform;

import java.util.List;

/**
 * What one stack measured of its request classes, the writes' lock waits on the primary and the
 * replica's lag over the simulated span (docs/metrics.md "Workload classes, locks and replicas").
 *
 * @param classes        per class, in the routing's order (empty: no classes)
 * @param writes         writes that got a connection on the primary
 * @param lockWaited     writes that found a shared lock held and waited
 * @param lockTimeouts   writes that waited past the lock-wait timeout (lock-timeout)
 * @param lockWait       the waits of the writes that waited, timed out or not, seconds (count 0: none)
 * @param replicated     writes the replica applied (those committed on the primary while a replica existed)
 * @param replicaLag     each applied write's replication lag, seconds: stated lag plus apply backlog
 */
public record RoutingStats(List<ClassStats> classes, long writes, long lockWaited, long lockTimeouts,
                           LatencySummary lockWait, long replicated, LatencySummary replicaLag)
        implements java.io.Serializable {
    public RoutingStats {
        classes = List.copyOf(classes);
    }

    /**
     * One class on one stack: requests that ended (completed or failed for good), errors by cause
     * (an {@link ErrorCause} ordinal index), and the latency of its completed requests.
     */
    public record ClassStats(String name, String route, long completed, long[] errorsByCause, LatencySummary latency,
                             double p99ObjectiveSeconds)
            implements java.io.Serializable {
        public ClassStats {
            errorsByCause = errorsByCause.clone();
        }

        public long errors() {
            long s = 0;
            for (long e : errorsByCause) {
                s += e;
            }
            return s;
        }
    }
}
