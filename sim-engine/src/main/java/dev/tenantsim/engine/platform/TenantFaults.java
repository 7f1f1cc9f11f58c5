package dev.tenantsim.engine.platform;

import java.util.List;

/**
 * The faults of a stack's timeline that strike single tenants, in seconds of the run (tenants by
 * id, so a solo run or a run without one tenant reads them unchanged): windows in which a tenant's
 * requests fail on arrival with a cause ({@link Down}: a control-plane outage whose cached mapping
 * of the tenant expired, or a region outage without a permitted failover), windows in which a
 * tenant's calls to a dependency fail ({@link DependencyDown}: a disabled KMS key; every tenant when
 * {@code tenant} is null), and tenants this stack serves for a while because their own stack failed
 * over to it ({@link Guest}). {@link #NONE} for none.
 */
public record TenantFaults(List<Down> downs, List<DependencyDown> dependencyDowns, List<Guest> guests) {
    public static final TenantFaults NONE = new TenantFaults(List.of(), List.of(), List.of());

    public TenantFaults {
        downs = downs == null ? List.of() : List.copyOf(downs);
        dependencyDowns = dependencyDowns == null ? List.of() : List.copyOf(dependencyDowns);
        guests = guests == null ? List.of() : List.copyOf(guests);
    }

    /** Tenant {@code tenant}'s requests arriving in {@code [fromSecond, toSecond)} fail at once with {@code cause}. */
    public record Down(String tenant, double fromSecond, double toSecond, ErrorCause cause) {
        public Down {
            check(fromSecond, toSecond);
            if (tenant == null || cause == null) {
                throw new IllegalArgumentException("a tenant's down window needs its tenant and its cause");
            }
        }
    }

    /** Calls of {@code tenant} (null: of every tenant) to {@code dependency} ending in the window fail (DEPENDENCY_ERROR). */
    public record DependencyDown(String tenant, String dependency, double fromSecond, double toSecond) {
        public DependencyDown {
            check(fromSecond, toSecond);
            if (dependency == null) {
                throw new IllegalArgumentException("a dependency outage needs its dependency");
            }
        }

        public boolean covers(double t) {
            return t >= fromSecond && t < toSecond;
        }
    }

    /**
     * Tenant {@code tenant}, whose own stack failed over, is served here over minutes
     * {@code [fromMinute, toMinute)} of the run; its own stack gets none of its arrivals then.
     */
    public record Guest(String tenant, int fromMinute, int toMinute) {
        public Guest {
            if (tenant == null || fromMinute < 0 || toMinute <= fromMinute) {
                throw new IllegalArgumentException("guest " + tenant + " minutes [" + fromMinute + ", " + toMinute
                        + ") must be a non-empty window from minute 0");
            }
        }
    }

    private static void check(double from, double to) {
        if (!(from >= 0) || !(to > from) || Double.isInfinite(to)) {
            throw new IllegalArgumentException("fault window [" + from + ", " + to + ") s must be finite, start at or after 0"
                    + " and end after its start");
        }
    }

    public boolean isNone() {
        return downs.isEmpty() && dependencyDowns.isEmpty() && guests.isEmpty();
    }

    /** These faults plus {@code other}'s. */
    public TenantFaults plus(TenantFaults other) {
        List<Down> d = new java.util.ArrayList<>(downs);
        d.addAll(other.downs);
        List<DependencyDown> dd = new java.util.ArrayList<>(dependencyDowns);
        dd.addAll(other.dependencyDowns);
        List<Guest> g = new java.util.ArrayList<>(guests);
        g.addAll(other.guests);
        return new TenantFaults(d, dd, g);
    }
}
