package dev.tenantsim.scenario.model;

import java.time.Duration;

/**
 * The parameters of the drill kinds of {@code events:} beyond {@link EventSpec}'s own (null or
 * NaN when not given; the defaults are the documented ones, applied here).
 *
 * @param region         {@code regionOutage}: the region whose stacks go down
 * @param failoverTo     {@code stackOutage}: the stack its tenants fail over to; {@code regionOutage}: the
 *                       region whose stacks take the down region's tenants (k-th stack to k-th, topology order); null: no failover
 * @param failoverAfter  the detection delay before the failover (default 5m)
 * @param dependency     {@code dependencyOutage}: the dependency (one of {@code request.dependencies})
 * @param mapping        {@code controlPlaneOutage}: {@code cached} (routing from cached tenant→cell mappings,
 *                       default) or {@code hotPath} (the mapping is looked up on every request)
 * @param ttl            {@code controlPlaneOutage}, cached: how long a cached mapping lives (default 5m)
 * @param changesPerHour {@code controlPlaneOutage}: provisioning and config changes the platform makes per hour
 *                       (default 0), which fail in the window
 */
public record DrillSpec(String region, String failoverTo, Duration failoverAfter, String dependency, String mapping,
                        Duration ttl, double changesPerHour) {
    public static final Duration DEFAULT_DETECTION = Duration.ofMinutes(5);
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(5);
    public static final String CACHED = "cached";
    public static final String HOT_PATH = "hotPath";
    public static final DrillSpec NONE = new DrillSpec(null, null, null, null, null, null, Double.NaN);

    public DrillSpec {
        failoverAfter = failoverAfter == null ? DEFAULT_DETECTION : failoverAfter;
        mapping = mapping == null ? CACHED : mapping;
        ttl = ttl == null ? DEFAULT_TTL : ttl;
        changesPerHour = Double.isNaN(changesPerHour) ? 0 : changesPerHour;
        if (!CACHED.equals(mapping) && !HOT_PATH.equals(mapping)) {
            throw new IllegalArgumentException("events[].mapping (" + mapping + ") must be one of cached, hotPath");
        }
    }

    public boolean failsOver() {
        return failoverTo != null;
    }

    public boolean hotPath() {
        return HOT_PATH.equals(mapping);
    }
}
