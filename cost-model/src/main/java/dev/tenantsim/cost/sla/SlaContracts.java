package dev.tenantsim.cost.sla;

import dev.tenantsim.cost.CostInputException;
import dev.tenantsim.cost.Suggestions;
import java.util.Map;
import java.util.TreeMap;

/** Credit schedule per tier. Every tier of the roster must have one ({@link CreditSchedule#none()} for no SLA). */
public record SlaContracts(Map<String, CreditSchedule> byTier) {
    public SlaContracts {
        byTier = Map.copyOf(new TreeMap<>(byTier));
    }

    public CreditSchedule schedule(String tier) {
        CreditSchedule s = byTier.get(tier);
        if (s == null) {
            throw new CostInputException("slaContracts." + tier + " is missing: tier " + tier
                    + " has no credit schedule (give an empty one for no SLA)" + Suggestions.didYouMean(tier, byTier.keySet()));
        }
        return s;
    }
}
