package dev.tenantsim.scenario.runner;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.scenario.Defaults;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.model.ExplicitTenant;
import dev.tenantsim.scenario.model.Generation;
import dev.tenantsim.scenario.model.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.InverseTransformParetoSampler;

/**
 * PLACEHOLDER for the workload-models population generator: turns a scenario's tenants section
 * into {@link TenantSpec}s. Tier counts follow the mix by largest remainder; sizes are drawn from
 * the named shape (lognormal with cv 2, exponential, Pareto with tail index 1.5, or constant;
 * see {@link Distribution}),
 * capped by the population's and the tier's maximum. The population depends only on the seed,
 * never on the replication or the variant.
 */
final class Population {
    /** Coefficient of variation of lognormal tenant sizes: most tenants small, a long tail. */
    static final double LOGNORMAL_SIZE_CV = 2.0;
    /** Tail index of Pareto tenant sizes. */
    static final double PARETO_SIZE_ALPHA = 1.5;

    private Population() {
    }

    static List<TenantSpec> of(Scenario s, long seed, List<String> notes) {
        List<TenantSpec> out = new ArrayList<>();
        Generation g = s.tenants().generate();
        double defaultRpupm = g != null ? g.requestsPerUserPerMinute() : Defaults.REQUESTS_PER_USER_PER_MINUTE;
        if (g != null) {
            UniformRandomProvider rng = RandomStreams.of(seed).stream("population/users");
            ContinuousSampler size = sizeSampler(g.users().shape(), g.users().mean(), rng);
            int[] perTier = allocate(g.count(), g.mix());
            int k = 0;
            int width = Integer.toString(g.count()).length();
            List<String> tiers = List.copyOf(g.mix().keySet());
            for (int ti = 0; ti < tiers.size(); ti++) {
                Tier tier = s.tiers().get(tiers.get(ti));
                for (int j = 0; j < perTier[ti]; j++) {
                    double cap = g.users().max() != null ? g.users().max() : Double.MAX_VALUE;
                    if (tier.maxUsers() != null) {
                        cap = Math.min(cap, tier.maxUsers());
                    }
                    int users = (int) Math.max(1, Math.min(cap, Math.round(size.sample())));
                    String id = String.format(Locale.ROOT, "t%0" + width + "d", ++k);
                    out.add(new TenantSpec(id, tier.name(), users, users * g.requestsPerUserPerMinute() / 60.0,
                            tier.monthlyFee(), null, List.of()));
                }
            }
            if (!"poisson".equals(g.pattern())) {
                notes.add("Arrival pattern '" + g.pattern() + "' was run as Poisson arrivals at the same mean rate (placeholder runner).");
            }
        }
        for (ExplicitTenant e : s.tenants().explicit()) {
            double rpupm = Double.isNaN(e.requestsPerUserPerMinute()) ? defaultRpupm : e.requestsPerUserPerMinute();
            out.add(new TenantSpec(e.id(), e.tier(), e.users(), e.users() * rpupm / 60.0,
                    s.tiers().get(e.tier()).monthlyFee(), e.region(), e.jobs()));
        }
        if (s.tenants().trace() != null) {
            notes.add("Traced tenants (" + s.tenants().trace().format() + ": " + s.tenants().trace().path().getFileName()
                    + ") are not replayed yet: the placeholder runner has no trace readers.");
        }
        return out;
    }

    /** Largest-remainder split of {@code count} by shares, in mix order. */
    static int[] allocate(int count, Map<String, Double> mix) {
        List<Double> shares = List.copyOf(mix.values());
        int[] n = new int[shares.size()];
        double[] rem = new double[shares.size()];
        int given = 0;
        for (int i = 0; i < n.length; i++) {
            double exact = count * shares.get(i);
            n[i] = (int) Math.floor(exact);
            rem[i] = exact - n[i];
            given += n[i];
        }
        while (given < count) {
            int best = 0;
            for (int i = 1; i < n.length; i++) {
                if (rem[i] > rem[best]) {
                    best = i;
                }
            }
            n[best]++;
            rem[best] = -1;
            given++;
        }
        return n;
    }

    /** Sizes by shape: Pareto by its tail index (its variance is infinite), the others by mean and cv. */
    private static ContinuousSampler sizeSampler(String shape, double mean, UniformRandomProvider rng) {
        Distribution d = Distribution.named(shape);
        if (d == Distribution.PARETO) {
            return InverseTransformParetoSampler.of(rng, mean * (PARETO_SIZE_ALPHA - 1) / PARETO_SIZE_ALPHA, PARETO_SIZE_ALPHA);
        }
        return d.sampler(rng, mean, LOGNORMAL_SIZE_CV);
    }
}
