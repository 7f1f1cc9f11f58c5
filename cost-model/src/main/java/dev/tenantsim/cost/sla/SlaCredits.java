package dev.tenantsim.cost.sla;

import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.MoneyEstimate;
import dev.tenantsim.cost.tenant.TenantRoster;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SLA credits owed per tenant in each replication, with means and Student-t 95% intervals over
 * replications per tenant, per tier and in total (docs/metrics.md, "SLA credits"). The expected credit
 * of a tenant is its mean over replications.
 */
public final class SlaCredits {
    private final TenantRoster roster;
    private final long[][] micros; // [replication][tenant]

    SlaCredits(TenantRoster roster, long[][] micros) {
        this.roster = roster;
        this.micros = micros;
    }

    public TenantRoster roster() {
        return roster;
    }

    public int replications() {
        return micros.length;
    }

    /** Credit owed to tenant {@code i} in replication {@code r}. */
    public Money credit(int r, int i) {
        return Money.ofMicros(micros[r][i]);
    }

    /** Tenant {@code i}'s credits over replications. */
    public MoneyEstimate tenant(int i) {
        List<Money> xs = new ArrayList<>();
        for (long[] rep : micros) {
            xs.add(Money.ofMicros(rep[i]));
        }
        return MoneyEstimate.of(xs);
    }

    public MoneyEstimate tenant(String id) {
        return tenant(roster.indexOf(id));
    }

    /** A tier's total credits over replications. */
    public MoneyEstimate tier(String tier) {
        List<Money> xs = new ArrayList<>();
        for (long[] rep : micros) {
            long t = 0;
            for (int i = 0; i < rep.length; i++) {
                if (roster.get(i).tier().equals(tier)) {
                    t = Math.addExact(t, rep[i]);
                }
            }
            xs.add(Money.ofMicros(t));
        }
        return MoneyEstimate.of(xs);
    }

    /** Every tier's total credits, tiers sorted. */
    public Map<String, MoneyEstimate> byTier() {
        Map<String, MoneyEstimate> m = new TreeMap<>();
        for (String t : roster.tiers()) {
            m.put(t, tier(t));
        }
        return m;
    }

    /** All tenants' credits over replications. */
    public MoneyEstimate total() {
        List<Money> xs = new ArrayList<>();
        for (long[] rep : micros) {
            long t = 0;
            for (long x : rep) {
                t = Math.addExact(t, x);
            }
            xs.add(Money.ofMicros(t));
        }
        return MoneyEstimate.of(xs);
    }
}
