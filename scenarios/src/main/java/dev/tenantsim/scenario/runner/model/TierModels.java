package dev.tenantsim.scenario.runner.model;

import dev.tenantsim.engine.platform.SloPolicy;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.workload.Slo;
import dev.tenantsim.workload.Tier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's tiers as the engines see them: workload {@link Tier}s (SLO and fee) in file order,
 * whose position is the dense tier index the platform's per-tier controls and SLOs use.
 */
public final class TierModels {
    /** Availability a workload tier carries when the scenario's tier promises none (no credit applies). */
    public static final double NO_PROMISE = 1.0;

    private final List<Tier> tiers;
    private final double[] slowThreshold;
    private final Map<String, Integer> indexByName;

    private TierModels(List<Tier> tiers, double[] slowThreshold) {
        this.tiers = List.copyOf(tiers);
        this.slowThreshold = slowThreshold.clone();
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < tiers.size(); i++) {
            m.put(tiers.get(i).name(), i);
        }
        this.indexByName = m;
    }

    public static TierModels of(Scenario s) {
        List<Tier> out = new ArrayList<>();
        double[] slow = new double[s.tiers().size()];
        for (dev.tenantsim.scenario.model.TierSpec t : s.tiers().values()) {
            double availability = t.slo().hasAvailability() ? t.slo().availability() : NO_PROMISE;
            double budget = Math.min(t.slo().errorBudget(), Math.nextDown(1.0));
            slow[out.size()] = t.slo().slowThreshold().toNanos() / 1e9;
            out.add(new Tier(t.name(), new Slo(t.slo().p99().toNanos() / 1e9, budget, availability), t.monthlyFee()));
        }
        return new TierModels(out, slow);
    }

    public List<Tier> tiers() {
        return tiers;
    }

    public Tier tier(String name) {
        return tiers.get(index(name));
    }

    /** Dense index of a tier; an unknown name fails with the valid ones. */
    public int index(String name) {
        Integer i = indexByName.get(name);
        if (i == null) {
            throw new IllegalArgumentException("tier (" + name + ") is not defined; tiers: " + indexByName.keySet());
        }
        return i;
    }

    /** Tier index of every tenant. */
    public int[] indexOf(List<String> tierOfTenant) {
        int[] out = new int[tierOfTenant.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = index(tierOfTenant.get(i));
        }
        return out;
    }

    /**
     * The platform's per-tenant SLOs from the tiers (docs/metrics.md: p99 and error budget per
     * minute), with each tier's slow-request threshold (an occurrences SLO's threshold, else its p99).
     */
    public SloPolicy sloPolicy(int[] tierOfTenant) {
        double[] p99 = new double[tiers.size()];
        double[] budget = new double[tiers.size()];
        for (int k = 0; k < tiers.size(); k++) {
            p99[k] = tiers.get(k).slo().p99Seconds();
            budget[k] = tiers.get(k).slo().errorBudget();
        }
        return SloPolicy.byTier(tierOfTenant, p99, budget, slowThreshold);
    }
}
