package dev.tenantsim.scenario.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A tier: its objective, what a tenant pays per month, the most users a tenant may have (null for
 * no limit), and the quotas each of its tenants gets.
 */
public record TierSpec(String name, SloSpec slo, BigDecimal monthlyFee, Integer maxUsers, Quotas quotas) {
    public TierSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(slo, "slo");
        Objects.requireNonNull(monthlyFee, "monthlyFee");
        Objects.requireNonNull(quotas, "quotas");
    }
}
