package dev.tenantsim.scenario.model;

import java.util.Objects;

/** The work of one API request: app CPU seconds, DB CPU seconds (or null), DB IO operations (or null). */
public record RequestWorkSpec(WorkDist appCpu, WorkDist dbCpu, WorkDist dbIo) {
    public RequestWorkSpec {
        Objects.requireNonNull(appCpu, "appCpu");
    }
}
