package dev.tenantsim.cost.uplift;

import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.bom.StackKind;
import dev.tenantsim.cost.showback.Showback;
import dev.tenantsim.cost.sla.SlaCredits;
import dev.tenantsim.cost.tenant.TenantFacts;
import java.util.Map;
import java.util.Objects;

/**
 * A tenant a price sheet quotes moves for.
 *
 * @param tenant          who
 * @param current         where it is now (a)
 * @param showback        its showback where it is now: showback_a(i)
 * @param peakDemand      its size, in the unit the offers' nodes are sized in
 * @param expectedCredits its expected monthly SLA credits on each rung simulated (mean over
 *                        replications, from {@code SlaCredits}); must cover {@code current} and
 *                        every rung quoted
 */
public record UpliftCandidate(TenantFacts tenant, StackKind current, Money showback, double peakDemand,
        Map<StackKind, Money> expectedCredits) {
    public UpliftCandidate {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(showback, "showback");
        if (!(peakDemand >= 0) || Double.isInfinite(peakDemand)) {
            throw new IllegalArgumentException("tenants." + tenant.id() + ".peakDemand (" + peakDemand
                    + ") must be a finite number >= 0");
        }
        expectedCredits = Map.copyOf(expectedCredits);
        if (!expectedCredits.containsKey(current)) {
            throw new IllegalArgumentException("tenants." + tenant.id() + ".expectedCredits." + current.yamlName()
                    + " is missing: the credits where the tenant is now are needed to price the risk a move removes");
        }
    }

    /**
     * A candidate from simulated outcomes: its showback where it is now, and its mean credits in
     * each variant simulated (one {@link SlaCredits} per rung, same roster).
     */
    public static UpliftCandidate of(String tenantId, StackKind current, double peakDemand, Showback now,
            Map<StackKind, SlaCredits> creditsByRung) {
        Map<StackKind, Money> credits = new java.util.EnumMap<>(StackKind.class);
        creditsByRung.forEach((kind, c) -> credits.put(kind, c.tenant(tenantId).mean()));
        return new UpliftCandidate(now.roster().get(now.roster().indexOf(tenantId)), current, now.tenant(tenantId), peakDemand,
                credits);
    }
}
