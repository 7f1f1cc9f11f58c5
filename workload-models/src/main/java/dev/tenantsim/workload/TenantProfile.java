package dev.tenantsim.workload;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a tenant is. Immutable; validated on construction.
 *
 * @param id             stable identifier (also the key of the tenant's random streams, so a
 *                       tenant's demand does not depend on how many other tenants exist)
 * @param index          dense index 0..n−1 into the primitive arrays of a run
 * @param tier           tier name (resolved against the scenario's tiers)
 * @param users          monthly active users (≥ 0)
 * @param dataBytes      stored data, bytes (≥ 0)
 * @param region         home region, e.g. {@code "eu-west-1"}
 * @param residency      where its data may live
 * @param monthlyRevenue what the tenant pays per month, exact decimal
 * @param sloOverride    a per-tenant SLO replacing the tier's, if present
 */
public record TenantProfile(String id, int index, String tier, long users, long dataBytes, String region,
                            Residency residency, BigDecimal monthlyRevenue, Optional<Slo> sloOverride) {
    public TenantProfile {
        Objects.requireNonNull(id, "tenant.id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("tenant.id (\"" + id + "\") must not be blank");
        }
        String at = "tenants." + id;
        if (index < 0) {
            throw new IllegalArgumentException(at + ".index (" + index + ") must be >= 0");
        }
        Objects.requireNonNull(tier, at + ".tier");
        if (users < 0) {
            throw new IllegalArgumentException(at + ".users (" + users + ") must be >= 0");
        }
        if (dataBytes < 0) {
            throw new IllegalArgumentException(at + ".dataBytes (" + dataBytes + ") must be >= 0");
        }
        Objects.requireNonNull(region, at + ".region");
        Objects.requireNonNull(residency, at + ".residency");
        Objects.requireNonNull(monthlyRevenue, at + ".monthlyRevenue");
        if (monthlyRevenue.signum() < 0) {
            throw new IllegalArgumentException(at + ".monthlyRevenue (" + monthlyRevenue + ") must be >= 0");
        }
        if (!residency.allows(region)) {
            throw new IllegalArgumentException(at + ".region (" + region + ") is not allowed by its residency "
                    + residency.label() + " " + residency.allowedRegions());
        }
        sloOverride = sloOverride == null ? Optional.empty() : sloOverride;
    }

    /** The SLO that applies: the override if any, else the tier's. */
    public Slo slo(Tier tierOfTenant) {
        if (!tierOfTenant.name().equals(tier)) {
            throw new IllegalArgumentException("tenants." + id + ".tier (" + tier + ") is not " + tierOfTenant.name());
        }
        return sloOverride.orElse(tierOfTenant.slo());
    }

    /** A copy with another dense index (when a population is re-indexed). */
    public TenantProfile withIndex(int newIndex) {
        return new TenantProfile(id, newIndex, tier, users, dataBytes, region, residency, monthlyRevenue, sloOverride);
    }
}
