package dev.tenantsim.scenario.model;

import java.util.Objects;

/** The work of one API request: app CPU seconds, DB CPU seconds (or null), DB IO operations (or null). */
public record RequestWork(WorkDist appCpu, WorkDist dbCpu, WorkDist dbIo) {
    public RequestWork {
        Objects.requireNonNull(appCpu, "appCpu");
    }
}
