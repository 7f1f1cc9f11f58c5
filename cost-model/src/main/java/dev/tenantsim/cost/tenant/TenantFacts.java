package dev.tenantsim.cost.tenant;

import dev.tenantsim.cost.Money;
import java.util.Objects;

/**
 * What the cost model needs to know about a tenant.
 *
 * @param id         unique tenant id
 * @param tier       tier name as in the scenario ({@code free}, {@code pro}, {@code enterprise})
 * @param mau        monthly active users
 * @param monthlyFee what the tenant pays per month: its revenue, and the base of SLA credits
 */
public record TenantFacts(String id, String tier, long mau, Money monthlyFee) {
    public TenantFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(monthlyFee, "monthlyFee");
        if (id.isBlank()) {
            throw new IllegalArgumentException("tenant id must not be blank");
        }
        if (tier.isBlank()) {
            throw new IllegalArgumentException("tenants." + id + ".tier must not be blank");
        }
        if (mau < 0) {
            throw new IllegalArgumentException("tenants." + id + ".mau (" + mau + ") must be >= 0");
        }
        if (monthlyFee.isNegative()) {
            throw new IllegalArgumentException("tenants." + id + ".monthlyFee (" + monthlyFee.toPlainString()
                    + ") must be >= 0");
        }
    }
}
