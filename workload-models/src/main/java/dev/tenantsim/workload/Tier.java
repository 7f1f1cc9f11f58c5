package dev.tenantsim.workload;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A service tier: its name, SLO and list price. Tiers are data (a scenario names them); quotas
 * belong to the platform and are kept here only as an opaque map the platform interprets.
 *
 * @param name       YAML name, e.g. {@code "pro"}
 * @param slo        the tier's default SLO (a tenant may override it)
 * @param monthlyFee list price per tenant per month, exact decimal (money is never a double)
 * @param quotas     platform quotas by name (e.g. {@code dbConnectionQuota -> "10"}), uninterpreted here
 */
public record Tier(String name, Slo slo, BigDecimal monthlyFee, Map<String, String> quotas) {
    public Tier {
        Objects.requireNonNull(name, "tier.name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("tier.name (\"" + name + "\") must not be blank");
        }
        Objects.requireNonNull(slo, "tiers." + name + ".slo");
        Objects.requireNonNull(monthlyFee, "tiers." + name + ".monthlyFee");
        if (monthlyFee.signum() < 0) {
            throw new IllegalArgumentException("tiers." + name + ".monthlyFee (" + monthlyFee + ") must be >= 0");
        }
        quotas = Map.copyOf(quotas == null ? Map.of() : quotas);
    }

    public Tier(String name, Slo slo, BigDecimal monthlyFee) {
        this(name, slo, monthlyFee, Map.of());
    }

    /** Free: p99 ≤ 500 ms, 1% error budget, 99% availability, $0. */
    public static final Tier FREE = new Tier("free", new Slo(0.500, 0.01, 0.99), BigDecimal.ZERO);
    /** Pro: p99 ≤ 300 ms, 1% error budget, 99.9% availability, $400/month. */
    public static final Tier PRO = new Tier("pro", new Slo(0.300, 0.01, 0.999), new BigDecimal("400"));
    /** Enterprise: p99 ≤ 250 ms, 0.1% error budget, 99.95% availability, $47,000/month. */
    public static final Tier ENTERPRISE =
            new Tier("enterprise", new Slo(0.250, 0.001, 0.9995), new BigDecimal("47000"));

    /** The default tiers free / pro / enterprise (values of SCENARIO-SKETCH.md). */
    public static List<Tier> defaults() {
        return List.of(FREE, PRO, ENTERPRISE);
    }
}
