package dev.tenantsim.scenario;

import static dev.tenantsim.scenario.BuilderTree.list;
import static dev.tenantsim.scenario.BuilderTree.set;

import dev.tenantsim.scenario.unit.DataSize;
import dev.tenantsim.scenario.yaml.Location;
import dev.tenantsim.scenario.yaml.YMap;
import java.time.Duration;
import java.time.LocalTime;

/** A named tenant's optional parts, for {@link ScenarioBuilder#tenant}. */
public final class TenantBuilder {
    private final YMap m;

    TenantBuilder(YMap m) {
        this.m = m;
    }

    public TenantBuilder requestsPerUserPerMinute(double r) {
        set(m, "requestsPerUserPerMinute", r);
        return this;
    }

    public TenantBuilder pattern(String pattern) {
        set(m, "pattern", pattern);
        return this;
    }

    public TenantBuilder data(DataSize size) {
        set(m, "data", size);
        return this;
    }

    /** Zipf exponent of this tenant's lookups over its keys ({@code accessSkew}). */
    public TenantBuilder accessSkew(double alpha) {
        set(m, "accessSkew", alpha);
        return this;
    }

    public TenantBuilder region(String region) {
        set(m, "region", region);
        return this;
    }

    /** Where its users' requests come from (default: its region). */
    public TenantBuilder usersRegion(String region) {
        set(m, "usersRegion", region);
        return this;
    }

    public TenantBuilder job(String kind, LocalTime at, int connections, Duration queryTime) {
        YMap j = new YMap(Location.NONE);
        set(j, "kind", kind);
        set(j, "at", at);
        set(j, "connections", (long) connections);
        set(j, "queryTime", queryTime);
        list(m, "jobs").add(j);
        return this;
    }
}
