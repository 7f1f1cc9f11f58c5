package dev.tenantsim.scenario.model;

import java.util.Objects;

/**
 * The work of one API request: app CPU seconds, DB CPU seconds (or null), DB IO operations (or
 * null), the Zipf skew of tenants' lookups over their keys ({@code request.access.skew}) and how
 * query cost grows with data ({@code request.queryCost}; null: it does not).
 */
public record RequestWorkSpec(WorkDist appCpu, WorkDist dbCpu, WorkDist dbIo, double accessSkew, QueryCostSetting queryCost) {
    public RequestWorkSpec {
        Objects.requireNonNull(appCpu, "appCpu");
    }

    public RequestWorkSpec(WorkDist appCpu, WorkDist dbCpu, WorkDist dbIo) {
        this(appCpu, dbCpu, dbIo, dev.tenantsim.engine.platform.cache.DataAccess.DEFAULT_SKEW, null);
    }
}
