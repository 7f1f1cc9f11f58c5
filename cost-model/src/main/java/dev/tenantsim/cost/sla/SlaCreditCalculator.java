package dev.tenantsim.cost.sla;

import dev.tenantsim.cost.CostInputException;
import dev.tenantsim.cost.tenant.TenantFacts;
import dev.tenantsim.cost.tenant.TenantRoster;
import java.util.ArrayList;
import java.util.List;

/** Applies each tenant's tier schedule to its simulated availability in every replication. */
public final class SlaCreditCalculator {
    private SlaCreditCalculator() {
    }

    /**
     * @param availability one array per replication, indexed by dense tenant index
     */
    public static SlaCredits credits(TenantRoster roster, SlaContracts contracts, List<Availability[]> availability) {
        List<String> problems = new ArrayList<>();
        if (availability.isEmpty()) {
            problems.add("availability (0 replications) must have at least one replication");
        }
        for (String tier : roster.tiers()) {
            if (!contracts.byTier().containsKey(tier)) {
                try {
                    contracts.schedule(tier);
                } catch (CostInputException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        for (int r = 0; r < availability.size(); r++) {
            if (availability.get(r).length != roster.size()) {
                problems.add("availability[" + r + "] (" + availability.get(r).length + " tenants) must have one entry per tenant ("
                        + roster.size() + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new CostInputException(problems);
        }
        long[][] micros = new long[availability.size()][roster.size()];
        for (int r = 0; r < micros.length; r++) {
            Availability[] rep = availability.get(r);
            for (int i = 0; i < roster.size(); i++) {
                if (rep[i] == null) {
                    throw new CostInputException("availability[" + r + "][" + roster.get(i).id() + "] is missing");
                }
                TenantFacts t = roster.get(i);
                micros[r][i] = contracts.schedule(t.tier()).credit(t.monthlyFee(), rep[i]).micros();
            }
        }
        return new SlaCredits(roster, micros);
    }
}
