package dev.tenantsim.cost.tenant;

import dev.tenantsim.cost.CostInputException;
import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.Suggestions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The tenants in dense index order: tenant {@code i} of every per-tenant array in the cost model
 * (usage ledgers, availabilities, showback) is {@code get(i)}.
 */
public final class TenantRoster {
    private final List<TenantFacts> tenants;
    private final Map<String, Integer> index;

    public TenantRoster(List<TenantFacts> tenants) {
        this.tenants = List.copyOf(tenants);
        this.index = new HashMap<>();
        for (int i = 0; i < this.tenants.size(); i++) {
            if (index.put(this.tenants.get(i).id(), i) != null) {
                throw new IllegalArgumentException("tenants." + this.tenants.get(i).id() + " is listed twice");
            }
        }
    }

    public int size() {
        return tenants.size();
    }

    public TenantFacts get(int i) {
        return tenants.get(i);
    }

    public List<TenantFacts> all() {
        return tenants;
    }

    /** The dense index of a tenant id; an unknown id is an error naming the closest id. */
    public int indexOf(String id) {
        Integer i = index.get(id);
        if (i == null) {
            throw new CostInputException(indexOfMessage(id));
        }
        return i;
    }

    /** "tenant (id) is not in the roster; did you mean ...?" */
    public String indexOfMessage(String id) {
        return "tenant (" + id + ") is not in the roster" + Suggestions.didYouMean(id, index.keySet());
    }

    public boolean contains(String id) {
        return index.containsKey(id);
    }

    /** Tier names, sorted. */
    public SortedSet<String> tiers() {
        SortedSet<String> s = new TreeSet<>();
        for (TenantFacts t : tenants) {
            s.add(t.tier());
        }
        return s;
    }

    /** Sum of monthly fees. */
    public Money revenue() {
        Money r = Money.ZERO;
        for (TenantFacts t : tenants) {
            r = r.plus(t.monthlyFee());
        }
        return r;
    }

    /** Sum of monthly active users. */
    public long totalMau() {
        long m = 0;
        for (TenantFacts t : tenants) {
            m = Math.addExact(m, t.mau());
        }
        return m;
    }
}
