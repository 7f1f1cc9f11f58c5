package dev.tenantsim.scenario.model;

import java.util.List;
import java.util.Objects;

/**
 * The work of one API request: app CPU seconds, DB CPU seconds (or null), DB IO operations (or
 * null), the Zipf skew of tenants' lookups over their keys ({@code request.access.skew}), how
 * query cost grows with data ({@code request.queryCost}; null: it does not), the dependencies a
 * share of requests call (empty: none), in call order, and the request classes and their routes
 * ({@link RoutingSpec#NONE}: none).
 */
public record RequestWorkSpec(WorkDist appCpu, WorkDist dbCpu, WorkDist dbIo, double accessSkew, QueryCostSetting queryCost,
                              List<DependencySpec> dependencies, RoutingSpec routing) {
    public RequestWorkSpec {
        Objects.requireNonNull(appCpu, "appCpu");
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
        routing = routing == null ? RoutingSpec.NONE : routing;
    }

    /** The same work with request classes, writes, locks, a replica or stores. */
    public RequestWorkSpec withRouting(RoutingSpec r) {
        return new RequestWorkSpec(appCpu, dbCpu, dbIo, accessSkew, queryCost, dependencies, r);
    }

    public RequestWorkSpec(WorkDist appCpu, WorkDist dbCpu, WorkDist dbIo, double accessSkew, QueryCostSetting queryCost) {
        this(appCpu, dbCpu, dbIo, accessSkew, queryCost, List.of(), RoutingSpec.NONE);
    }

    public RequestWorkSpec(WorkDist appCpu, WorkDist dbCpu, WorkDist dbIo, List<DependencySpec> dependencies) {
        this(appCpu, dbCpu, dbIo, dev.tenantsim.engine.platform.cache.DataAccess.DEFAULT_SKEW, null, dependencies, RoutingSpec.NONE);
    }

    public RequestWorkSpec(WorkDist appCpu, WorkDist dbCpu, WorkDist dbIo) {
        this(appCpu, dbCpu, dbIo, List.of());
    }
}
