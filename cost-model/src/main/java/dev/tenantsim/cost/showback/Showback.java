package dev.tenantsim.cost.showback;

import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.tenant.TenantFacts;
import dev.tenantsim.cost.tenant.TenantRoster;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Each tenant's share of the bill, and the platform's own line (docs/metrics.md, "Showback"). The
 * tenants' totals plus the platform line equal the bill exactly; the constructor checks it.
 */
public final class Showback {
    private final IdleRule rule;
    private final TenantRoster roster;
    private final Money bill;
    private final List<ShowbackLine> lines;
    private final long[] tenantMicros;
    private final long platformMicros;

    Showback(IdleRule rule, TenantRoster roster, Money bill, List<ShowbackLine> lines) {
        this.rule = rule;
        this.roster = roster;
        this.bill = bill;
        this.lines = List.copyOf(lines);
        this.tenantMicros = new long[roster.size()];
        long platform = 0;
        for (ShowbackLine l : this.lines) {
            long m = l.total().micros();
            if (l.isPlatform()) {
                platform = Math.addExact(platform, m);
            } else {
                tenantMicros[l.tenant()] = Math.addExact(tenantMicros[l.tenant()], m);
            }
        }
        this.platformMicros = platform;
        if (!allocated().equals(bill)) {
            throw new IllegalStateException("showback (" + allocated().toPlainString() + ") must equal the bill ("
                    + bill.toPlainString() + ")");
        }
    }

    public IdleRule rule() {
        return rule;
    }

    public TenantRoster roster() {
        return roster;
    }

    /** The bill being shown back. */
    public Money bill() {
        return bill;
    }

    /** Every non-zero line, by stack, then meter, then tenant (platform first). */
    public List<ShowbackLine> lines() {
        return lines;
    }

    /** Tenant {@code i}'s showback (used + idle shares over all stacks and resources). */
    public Money tenant(int i) {
        return Money.ofMicros(tenantMicros[i]);
    }

    public Money tenant(String id) {
        return tenant(roster.indexOf(id));
    }

    /** The platform's own line: idle cost it keeps (rule {@code platform}) and stacks with no tenants. */
    public Money platform() {
        return Money.ofMicros(platformMicros);
    }

    /** Sum over tenants plus the platform line; always equal to {@link #bill()}. */
    public Money allocated() {
        long t = platformMicros;
        for (long m : tenantMicros) {
            t = Math.addExact(t, m);
        }
        return Money.ofMicros(t);
    }

    /** One row per tenant in dense index order, with its used and idle shares. */
    public List<TenantCost> perTenant() {
        long[] used = new long[tenantMicros.length];
        long[] idle = new long[tenantMicros.length];
        for (ShowbackLine l : lines) {
            if (!l.isPlatform()) {
                used[l.tenant()] += l.used().micros();
                idle[l.tenant()] += l.idle().micros();
            }
        }
        List<TenantCost> rows = new java.util.ArrayList<>(tenantMicros.length);
        for (int i = 0; i < tenantMicros.length; i++) {
            TenantFacts t = roster.get(i);
            rows.add(new TenantCost(t.id(), t.tier(), t.mau(), Money.ofMicros(used[i]), Money.ofMicros(idle[i]), tenant(i)));
        }
        return rows;
    }

    /** Idle cost charged to tenants plus the platform line's idle: what unused capacity costs this month. */
    public Money idle() {
        long t = 0;
        for (ShowbackLine l : lines) {
            t = Math.addExact(t, l.idle().micros());
        }
        return Money.ofMicros(t);
    }

    /** Showback summed per tier (tiers sorted by name; the platform line is not in any tier). */
    public Map<String, Money> byTier() {
        Map<String, Money> m = new TreeMap<>();
        for (int i = 0; i < tenantMicros.length; i++) {
            m.merge(roster.get(i).tier(), tenant(i), Money::plus);
        }
        return m;
    }

    /** Bill / total MAU of all tenants, rounded half-even to a micro-dollar; empty if no MAU. */
    public Optional<Money> costPerMau() {
        long mau = roster.totalMau();
        return mau == 0 ? Optional.empty() : Optional.of(bill.dividedBy(mau, RoundingMode.HALF_EVEN));
    }

    /** A tier's showback / the tier's MAU, rounded half-even; empty if the tier has no MAU. */
    public Optional<Money> costPerMau(String tier) {
        long mau = 0;
        Money cost = Money.ZERO;
        for (int i = 0; i < tenantMicros.length; i++) {
            TenantFacts t = roster.get(i);
            if (t.tier().equals(tier)) {
                mau += t.mau();
                cost = cost.plus(tenant(i));
            }
        }
        return mau == 0 ? Optional.empty() : Optional.of(cost.dividedBy(mau, RoundingMode.HALF_EVEN));
    }
}
