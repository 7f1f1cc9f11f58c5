package dev.tenantsim.scenario.model;

import java.util.List;

/** Who the tenants are: a generated population (or null), named tenants, and a trace (or null). */
public record Tenants(Generation generate, List<ExplicitTenant> explicit, TraceSource trace) {
    public Tenants {
        explicit = List.copyOf(explicit);
    }
}
