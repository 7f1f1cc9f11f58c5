package dev.tenantsim.scenario.runner.model;

import dev.tenantsim.workload.Population;
import dev.tenantsim.workload.Signature;
import dev.tenantsim.workload.TenantProfile;
import java.util.List;

/**
 * The tenants of a scenario and their demand: {@code signatures[i]} is the demand of
 * {@code population.get(i)}. Generated tenants come first, then the explicit ones in file order,
 * then traced ones. {@code notes} are caveats the report shows.
 */
public record TenantWorkload(Population population, Signature[] signatures, List<String> notes) {
    public TenantWorkload {
        if (signatures.length != population.size()) {
            throw new IllegalArgumentException("signatures (" + signatures.length + ") must match tenants ("
                    + population.size() + ")");
        }
        signatures = signatures.clone();
        notes = List.copyOf(notes);
    }

    public int size() {
        return population.size();
    }

    public TenantProfile tenant(int i) {
        return population.get(i);
    }

    public Signature signature(int i) {
        return signatures[i];
    }

    @Override
    public Signature[] signatures() {
        return signatures.clone();
    }

    /** Tier name of every tenant, by dense index. */
    public List<String> tierNames() {
        return population.tenants().stream().map(TenantProfile::tier).toList();
    }
}
