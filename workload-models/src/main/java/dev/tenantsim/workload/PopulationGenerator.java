package dev.tenantsim.workload;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Draws a tenant population from a {@link PopulationSpec}; a pure function of (spec, seed).
 *
 * <p>Method. Users and data size are lognormal, calibrated by {@link LognormalCalibration} from the
 * mean and the largest; ln(data) is correlated with ln(users) through a Gaussian copula. Each
 * sample is then made to honour the user's two numbers exactly: every value is capped at the
 * maximum, the largest tenant is set to the maximum, and the others are rescaled (three fixed-point
 * rounds) so the sample mean equals the requested mean (up to integer rounding of users).
 * Tiers go by size rank (with lognormal jitter {@code tierJitter}) in the order of the tier mix,
 * counts by largest remainder so they add up to {@code count}. Regions are drawn from the region
 * mix; a tenant is pinned to its residency zone with the region's pinned share.
 */
public final class PopulationGenerator {
    private final PopulationSpec spec;

    public PopulationGenerator(PopulationSpec spec) {
        this.spec = spec;
    }

    /** The population for this seed. */
    public Population generate(long seed) {
        int n = spec.count();
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        LognormalCalibration cu = LognormalCalibration.of(spec.users(), n);
        LognormalCalibration cd = LognormalCalibration.of(spec.dataBytes(), n);
        double rho = spec.usersDataCorrelation();
        double rhoC = Math.sqrt(1 - rho * rho);
        double[] users = new double[n];
        double[] data = new double[n];
        double[] rankScore = new double[n];
        for (int i = 0; i < n; i++) {
            double zu = gauss.sample();
            double zd = rho * zu + rhoC * gauss.sample();
            users[i] = Math.exp(cu.mu() + cu.sigma() * zu);
            data[i] = Math.exp(cd.mu() + cd.sigma() * zd);
            rankScore[i] = zu + spec.tierJitter() * gauss.sample();
        }
        pinMeanAndMax(users, spec.users(), 1);
        pinMeanAndMax(data, spec.dataBytes(), 1);

        String[] tierOf = assignTiers(rankScore);
        String[] regionNames = spec.regionMix().keySet().toArray(new String[0]);
        double[] regionCum = cumulative(spec.regionMix().values());
        int width = Math.max(5, Integer.toString(n).length());
        List<TenantProfile> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String region = regionNames[pick(regionCum, rng.nextDouble())];
            double pinned = spec.pinnedShare().getOrDefault(region, 0.0);
            Residency residency = rng.nextDouble() < pinned ? zoneOf(region) : Residency.ANY;
            String tier = tierOf[i];
            BigDecimal revenue = spec.revenueOverride().getOrDefault(tier, feeOf(tier));
            String id = spec.idPrefix() + String.format(java.util.Locale.ROOT, "%0" + width + "d", i + 1);
            out.add(new TenantProfile(id, i, tier, Math.round(users[i]), Math.round(data[i]), region, residency,
                    revenue, Optional.empty()));
        }
        return new Population(out, spec.tiers());
    }

    private BigDecimal feeOf(String tier) {
        return spec.tiers().stream().filter(t -> t.name().equals(tier)).findFirst().orElseThrow().monthlyFee();
    }

    private Residency zoneOf(String region) {
        for (Residency z : spec.residencyZones()) {
            if (z.allowedRegions().contains(region)) {
                return z;
            }
        }
        return Residency.only(region + "-only", java.util.Set.of(region));
    }

    /** Caps at max, sets the largest to max, rescales the rest so the mean is exact; floor {@code min}. */
    static void pinMeanAndMax(double[] x, SizeSpec size, double min) {
        int n = x.length;
        int argMax = 0;
        for (int i = 1; i < n; i++) {
            if (x[i] > x[argMax]) {
                argMax = i;
            }
        }
        if (n == 1) {
            x[0] = size.mean();
            return;
        }
        x[argMax] = size.max();
        double targetRest = size.mean() * n - size.max();
        for (int round = 0; round < 3; round++) {
            double rest = 0;
            for (int i = 0; i < n; i++) {
                if (i != argMax) {
                    rest += x[i];
                }
            }
            double f = targetRest > 0 ? targetRest / rest : 0;
            for (int i = 0; i < n; i++) {
                if (i != argMax) {
                    x[i] = Math.max(min, Math.min(size.max(), x[i] * f));
                }
            }
        }
    }

    private String[] assignTiers(double[] score) {
        int n = score.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(score[a], score[b]));
        String[] names = spec.tierMix().keySet().toArray(new String[0]);
        int[] counts = largestRemainder(spec.tierMix(), n);
        String[] tierOf = new String[n];
        int k = 0;
        for (int t = 0; t < names.length; t++) {
            for (int c = 0; c < counts[t]; c++) {
                tierOf[order[k++]] = names[t];
            }
        }
        return tierOf;
    }

    /** Integer counts per entry summing to n, by the largest-remainder method. */
    static int[] largestRemainder(Map<String, Double> mix, int n) {
        double[] f = mix.values().stream().mapToDouble(Double::doubleValue).toArray();
        int[] counts = new int[f.length];
        double[] rem = new double[f.length];
        int total = 0;
        for (int i = 0; i < f.length; i++) {
            double exact = f[i] * n;
            counts[i] = (int) Math.floor(exact);
            rem[i] = exact - counts[i];
            total += counts[i];
        }
        while (total < n) {
            int best = 0;
            for (int i = 1; i < f.length; i++) {
                if (rem[i] > rem[best]) {
                    best = i;
                }
            }
            counts[best]++;
            rem[best] = -1;
            total++;
        }
        return counts;
    }

    private static double[] cumulative(java.util.Collection<Double> fractions) {
        double[] cum = new double[fractions.size()];
        double s = 0;
        int i = 0;
        for (double f : fractions) {
            s += f;
            cum[i++] = s;
        }
        return cum;
    }

    private static int pick(double[] cum, double u) {
        double scaled = u * cum[cum.length - 1];
        for (int i = 0; i < cum.length; i++) {
            if (scaled < cum[i]) {
                return i;
            }
        }
        return cum.length - 1;
    }
}
