package dev.tenantsim.scenario.model;

import java.util.List;
import java.util.Objects;

/**
 * The work of one API request: app CPU seconds, DB CPU seconds (or null), DB IO operations (or
 * null), the dependencies a share of requests call (empty: none), in call order, and the request
 * classes and their routes ({@link RoutingSpec#NONE}: none).
 */
public record RequestWorkSpec(WorkDist appCpu, WorkDist dbCpu, WorkDist dbIo, List<DependencySpec> dependencies,
                              RoutingSpec routing) {
    public RequestWorkSpec {
        Objects.requireNonNull(appCpu, "appCpu");
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
        routing = routing == null ? RoutingSpec.NONE : routing;
    }

    public RequestWorkSpec(WorkDist appCpu, WorkDist dbCpu, WorkDist dbIo, List<DependencySpec> dependencies) {
        this(appCpu, dbCpu, dbIo, dependencies, RoutingSpec.NONE);
    }

    /** The same work with request classes, writes, locks, a replica or stores. */
    public RequestWorkSpec withRouting(RoutingSpec r) {
        return new RequestWorkSpec(appCpu, dbCpu, dbIo, dependencies, r);
    }

    public RequestWorkSpec(WorkDist appCpu, WorkDist dbCpu, WorkDist dbIo) {
        this(appCpu, dbCpu, dbIo, List.of());
    }
}
