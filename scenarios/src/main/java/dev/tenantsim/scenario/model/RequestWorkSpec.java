package dev.tenantsim.scenario.model;

import java.util.List;
import java.util.Objects;

/**
 * The work of one API request: app CPU seconds, DB CPU seconds (or null), DB IO operations (or
 * null), and the dependencies a share of requests call (empty: none), in call order.
 */
public record RequestWorkSpec(WorkDist appCpu, WorkDist dbCpu, WorkDist dbIo, List<DependencySpec> dependencies) {
    public RequestWorkSpec {
        Objects.requireNonNull(appCpu, "appCpu");
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
    }

    public RequestWorkSpec(WorkDist appCpu, WorkDist dbCpu, WorkDist dbIo) {
        this(appCpu, dbCpu, dbIo, List.of());
    }
}
