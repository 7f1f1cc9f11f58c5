package dev.tenantsim.workload;

/** How a signature's per-minute rate turns into individual arrivals. */
public enum ArrivalMode {
    /**
     * The rate is the intensity of a Poisson process, constant within each minute; the count in a
     * minute is Poisson(60 × rate).
     */
    INTENSITY,
    /**
     * The rate is a realised count: 60 × rate is the integer number of arrivals in that minute (a
     * Poisson draw made by the {@code poisson} generator, or a replayed trace), placed uniformly
     * within the minute. The fluid and request-level passes then see exactly the same counts.
     */
    COUNTS
}
