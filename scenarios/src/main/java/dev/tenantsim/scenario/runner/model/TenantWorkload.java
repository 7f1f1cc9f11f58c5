package dev.tenantsim.scenario.runner.model;

import dev.tenantsim.engine.platform.cache.DataAccess;
import dev.tenantsim.workload.Population;
import dev.tenantsim.workload.Signature;
import dev.tenantsim.workload.TenantProfile;
import java.util.List;

/**
 * The tenants of a scenario and their demand: {@code signatures[i]} is the demand of
 * {@code population.get(i)}. Generated tenants come first, then the explicit ones in file order,
 * then traced ones. {@code notes} are caveats the report shows. {@code access[i]} is how tenant i
 * touches its data (its data size, access skew and cache quota), which the stacks' caches read.
 */
public record TenantWorkload(Population population, Signature[] signatures, List<String> notes, DataAccess[] access) {
    public TenantWorkload {
        if (signatures.length != population.size() || access.length != population.size()) {
            throw new IllegalArgumentException("signatures (" + signatures.length + ") and data access (" + access.length
                    + ") must match tenants (" + population.size() + ")");
        }
        signatures = signatures.clone();
        notes = List.copyOf(notes);
        access = access.clone();
    }

    /** Each tenant's data at the default skew, without a cache quota. */
    public TenantWorkload(Population population, Signature[] signatures, List<String> notes) {
        this(population, signatures, notes, defaultAccess(population));
    }

    private static DataAccess[] defaultAccess(Population p) {
        DataAccess[] a = new DataAccess[p.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = new DataAccess(p.get(i).dataBytes(), DataAccess.DEFAULT_SKEW, Double.POSITIVE_INFINITY);
        }
        return a;
    }

    public DataAccess access(int i) {
        return access[i];
    }

    @Override
    public DataAccess[] access() {
        return access.clone();
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
