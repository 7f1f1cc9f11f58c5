package dev.tenantsim.workload;

/** Receives arrival times, seconds from the horizon start, in increasing order. No boxing. */
@FunctionalInterface
public interface ArrivalSink {
    void arrival(double timeSeconds);
}
