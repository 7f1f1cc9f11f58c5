package dev.tenantsim.workload;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a user knows about their tenant base, from which {@link PopulationGenerator} draws a
 * population: "12,000 tenants, 95% free, 4% pro, 1% enterprise; 120 users on average, the largest
 * 50,000; 12 GB on average, the largest 2.8 TB; 60% us-east-1, 40% eu-west-1".
 *
 * @param count                 number of tenants (≥ 1)
 * @param tiers                 the tiers tenants may be in
 * @param tierMix               fraction of tenants per tier name, ordered from the smallest tenants to
 *                              the largest (larger tenants land in later tiers); fractions sum to 1
 * @param users                 monthly active users per tenant (heavy-tailed, lognormal)
 * @param dataBytes             stored bytes per tenant (heavy-tailed, lognormal)
 * @param usersDataCorrelation  correlation of ln(users) and ln(data), in [−1, 1] (Gaussian copula)
 * @param tierJitter            σ of the lognormal noise on size before ranking into tiers: 0 puts
 *                              exactly the largest tenants in the top tier; 1 mixes them
 * @param regionMix             fraction of tenants per home region; sums to 1
 * @param pinnedShare           per region, the fraction of its tenants whose data must stay in a
 *                              residency zone (the first of {@code residencyZones} containing the
 *                              region, else the region alone); absent regions: 0
 * @param residencyZones        zones a pinned tenant may be constrained to, e.g. {@link Residency#EU_ONLY}
 * @param revenueOverride       monthly revenue per tier name, replacing the tier's list fee
 * @param idPrefix              tenant ids are {@code idPrefix + zero-padded number}
 */
public record PopulationSpec(int count, List<Tier> tiers, Map<String, Double> tierMix, SizeSpec users,
                             SizeSpec dataBytes, double usersDataCorrelation, double tierJitter,
                             Map<String, Double> regionMix, Map<String, Double> pinnedShare,
                             List<Residency> residencyZones, Map<String, BigDecimal> revenueOverride,
                             String idPrefix) {
    public PopulationSpec {
        if (count < 1) {
            throw new IllegalArgumentException("tenants.generate.count (" + count + ") must be >= 1");
        }
        tiers = List.copyOf(tiers);
        tierMix = Collections2.orderedCopy(tierMix);
        regionMix = Collections2.orderedCopy(regionMix);
        pinnedShare = Map.copyOf(pinnedShare);
        residencyZones = List.copyOf(residencyZones);
        revenueOverride = Map.copyOf(revenueOverride);
        Objects.requireNonNull(users, "tenants.generate.users");
        Objects.requireNonNull(dataBytes, "tenants.generate.data");
        Objects.requireNonNull(idPrefix, "tenants.generate.idPrefix");
        checkFractions("tenants.generate.mix", tierMix);
        checkFractions("tenants.generate.regions", regionMix);
        for (String t : tierMix.keySet()) {
            if (tiers.stream().noneMatch(x -> x.name().equals(t))) {
                throw new IllegalArgumentException("tenants.generate.mix." + t + " is not a tier; tiers are "
                        + tiers.stream().map(Tier::name).toList());
            }
        }
        if (!(usersDataCorrelation >= -1 && usersDataCorrelation <= 1)) {
            throw new IllegalArgumentException("tenants.generate.usersDataCorrelation (" + usersDataCorrelation
                    + ") must be in [-1, 1]");
        }
        if (!(tierJitter >= 0) || Double.isInfinite(tierJitter)) {
            throw new IllegalArgumentException("tenants.generate.tierJitter (" + tierJitter + ") must be >= 0");
        }
        for (Map.Entry<String, Double> e : pinnedShare.entrySet()) {
            double v = e.getValue();
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("tenants.generate.pinnedShare." + e.getKey() + " (" + v
                        + ") must be in [0, 1]");
            }
        }
        for (Map.Entry<String, BigDecimal> e : revenueOverride.entrySet()) {
            if (e.getValue().signum() < 0) {
                throw new IllegalArgumentException("tenants.generate.revenue." + e.getKey() + " (" + e.getValue()
                        + ") must be >= 0");
            }
        }
    }

    private static void checkFractions(String path, Map<String, Double> mix) {
        if (mix.isEmpty()) {
            throw new IllegalArgumentException(path + " ({}) must name at least one entry");
        }
        double sum = 0;
        for (Map.Entry<String, Double> e : mix.entrySet()) {
            double v = e.getValue();
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException(path + "." + e.getKey() + " (" + v + ") must be a fraction in [0, 1]");
            }
            sum += v;
        }
        if (!(Math.abs(sum - 1) <= 1e-6)) {
            throw new IllegalArgumentException(path + " fractions (sum " + sum + ") must sum to 1");
        }
    }

    /**
     * The running example: {@code count} tenants, 95% free / 4% pro / 1% enterprise,
     * users mean 120 max 50,000, data mean 12 GB max 2.8 TB, 55% us-east-1 / 30% eu-west-1 /
     * 10% eu-central-1 / 5% ap-southeast-2, half of the EU tenants EU-only.
     */
    public static Builder builder(int count) {
        return new Builder(count);
    }

    /** Fluent construction with the defaults above; {@link #build()} validates. */
    public static final class Builder {
        private final int count;
        private List<Tier> tiers = Tier.defaults();
        private Map<String, Double> tierMix = ordered("free", 0.95, "pro", 0.04, "enterprise", 0.01);
        private SizeSpec users = new SizeSpec(120, 50_000);
        private SizeSpec dataBytes = new SizeSpec(12e9, 2.8e12);
        private double usersDataCorrelation = 0.8;
        private double tierJitter = 0.5;
        private Map<String, Double> regionMix =
                ordered("us-east-1", 0.55, "eu-west-1", 0.30, "eu-central-1", 0.10, "ap-southeast-2", 0.05);
        private Map<String, Double> pinnedShare = Map.of("eu-west-1", 0.5, "eu-central-1", 0.5);
        private List<Residency> residencyZones = List.of(Residency.EU_ONLY);
        private Map<String, BigDecimal> revenueOverride = Map.of();
        private String idPrefix = "t";

        private Builder(int count) {
            this.count = count;
        }

        public Builder tiers(List<Tier> value) { this.tiers = value; return this; }
        public Builder tierMix(Map<String, Double> value) { this.tierMix = value; return this; }
        public Builder users(SizeSpec value) { this.users = value; return this; }
        public Builder dataBytes(SizeSpec value) { this.dataBytes = value; return this; }
        public Builder usersDataCorrelation(double value) { this.usersDataCorrelation = value; return this; }
        public Builder tierJitter(double value) { this.tierJitter = value; return this; }
        public Builder regionMix(Map<String, Double> value) { this.regionMix = value; return this; }
        public Builder pinnedShare(Map<String, Double> value) { this.pinnedShare = value; return this; }
        public Builder residencyZones(List<Residency> value) { this.residencyZones = value; return this; }
        public Builder revenueOverride(Map<String, BigDecimal> value) { this.revenueOverride = value; return this; }
        public Builder idPrefix(String value) { this.idPrefix = value; return this; }

        public PopulationSpec build() {
            return new PopulationSpec(count, tiers, tierMix, users, dataBytes, usersDataCorrelation, tierJitter,
                    regionMix, pinnedShare, residencyZones, revenueOverride, idPrefix);
        }
    }

    /** An insertion-ordered map from alternating keys and values. */
    public static Map<String, Double> ordered(Object... keysAndValues) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], ((Number) keysAndValues[i + 1]).doubleValue());
        }
        return m;
    }
}
