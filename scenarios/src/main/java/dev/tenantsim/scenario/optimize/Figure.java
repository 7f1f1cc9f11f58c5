package dev.tenantsim.scenario.optimize;

import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.TenantResult;
import dev.tenantsim.report.model.TierResult;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A figure a constraint may bound, read from a run's outcome (the one definition of each figure is in
 * docs/metrics.md; this only reads it). Latencies are in milliseconds, shares are fractions.
 */
public enum Figure {
    /** The tier's p99 latency over all its requests (docs/metrics.md "Percentiles"). */
    P99("p99", true, Kind.LATENCY),
    /** Mean availability of the tier's tenants, or of every tenant without a tier. */
    AVAILABILITY("availability", false, Kind.SHARE),
    /** The tier's failed / offered requests. */
    ERROR_RATE("errorRate", true, Kind.SHARE),
    /** Share of tenants with an SLO-violation minute, the aggressor excluded. */
    BLAST_RADIUS("blastRadius", false, Kind.SHARE);

    /** How a bound of the figure is written. */
    public enum Kind {
        /** A duration (250ms, 1.5s) or {@code slo}, the tier's p99 objective. */
        LATENCY,
        /** A percentage (2%, 99.95%) or a fraction (0.02). */
        SHARE
    }

    private final String key;
    private final boolean needsTier;
    private final Kind kind;

    Figure(String key, boolean needsTier, Kind kind) {
        this.key = key;
        this.needsTier = needsTier;
        this.kind = kind;
    }

    public String key() {
        return key;
    }

    /** Whether the figure is per tier (then {@code figure(TIER)} or {@code figure(*)} is required). */
    public boolean needsTier() {
        return needsTier;
    }

    /** Whether a tier may be named ({@code blastRadius} is over the whole platform). */
    public boolean takesTier() {
        return this != BLAST_RADIUS;
    }

    public Kind kind() {
        return kind;
    }

    /** The keys as a constraint writes them. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(f -> f.takesTier() ? f.key + "(TIER)" : f.key).toList();
    }

    /** The figure of that key, or null. */
    static Figure ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst().orElse(null);
    }

    /** The figure's value in {@code o} for {@code tier} (null: the whole platform); NaN when there is none to read. */
    public double value(RunOutcome o, String tier) {
        switch (this) {
            case BLAST_RADIUS:
                return o.blastRadius().shareOfTenants();
            case AVAILABILITY:
                return o.tenants().stream().filter(t -> tier == null || t.tier().equals(tier))
                        .mapToDouble(TenantResult::availability).average().orElse(Double.NaN);
            default:
                TierResult t = o.tiers().stream().filter(x -> x.tier().equals(tier)).findFirst().orElse(null);
                if (t == null) {
                    return Double.NaN;
                }
                return this == P99 ? t.latency().p99Ms() : t.errorRate();
        }
    }

    /** A value as the report writes it: {@code 212.4 ms} or {@code 99.953%}. */
    public String format(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return kind == Kind.LATENCY ? String.format(Locale.ROOT, "%.1f ms", v) : String.format(Locale.ROOT, "%.3f%%", 100 * v);
    }
}
