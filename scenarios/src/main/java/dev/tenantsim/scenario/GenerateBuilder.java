package dev.tenantsim.scenario;

import static dev.tenantsim.scenario.BuilderTree.child;
import static dev.tenantsim.scenario.BuilderTree.set;

import dev.tenantsim.scenario.yaml.YMap;

/** The generated population of {@link ScenarioBuilder#generate}. */
public final class GenerateBuilder {
    private final YMap m;

    GenerateBuilder(YMap m) {
        this.m = m;
    }

    public GenerateBuilder count(int n) {
        set(m, "count", (long) n);
        return this;
    }

    /** Share of tenants in {@code tier}, as a fraction (0.7 = 70%). */
    public GenerateBuilder mix(String tier, double fraction) {
        set(child(m, "mix"), tier, fraction);
        return this;
    }

    public GenerateBuilder users(double mean, int max) {
        YMap u = child(m, "users");
        set(u, "mean", mean);
        set(u, "max", (long) max);
        return this;
    }

    public GenerateBuilder users(double mean, int max, String shape) {
        users(mean, max);
        set(child(m, "users"), "shape", shape);
        return this;
    }

    public GenerateBuilder requestsPerUserPerMinute(double r) {
        set(m, "requestsPerUserPerMinute", r);
        return this;
    }

    /** Mean data stored per tenant ({@code data}; heavy-tailed, the largest 50 times the mean). */
    public GenerateBuilder data(dev.tenantsim.scenario.unit.DataSize mean) {
        set(m, "data", mean);
        return this;
    }

    public GenerateBuilder pattern(String pattern) {
        set(m, "pattern", pattern);
        return this;
    }
}
