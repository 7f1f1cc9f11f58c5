package dev.tenantsim.workload.generator;

import dev.tenantsim.workload.Residency;
import dev.tenantsim.workload.Signature;
import dev.tenantsim.workload.TenantProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small helpers for generator tests. */
final class Fixtures {
    static final GeneratorRegistry REGISTRY = GeneratorRegistry.standard();

    private Fixtures() {
    }

    static TenantProfile tenant(String id, int index, String region, long users) {
        return new TenantProfile(id, index, "pro", users, 1_000_000, region, Residency.ANY, BigDecimal.TEN, Optional.empty());
    }

    static TenantProfile tenant(String id) {
        return tenant(id, 0, "eu-west-1", 1200);
    }

    /** A factory from generator specs given as alternating name, params. */
    static SignatureFactory factory(long seed, int horizon, Object... namesAndParams) {
        List<WorkloadGenerator> gens = new ArrayList<>();
        for (int i = 0; i < namesAndParams.length; i += 2) {
            @SuppressWarnings("unchecked")
            Map<String, ?> p = (Map<String, ?>) namesAndParams[i + 1];
            gens.add(REGISTRY.create((String) namesAndParams[i], p));
        }
        return SignatureFactory.builder(seed, horizon).generators(gens).build();
    }

    static double[] series(Signature s, int minutes) {
        double[] out = new double[minutes];
        s.fillRates(0, out);
        return out;
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    static double variance(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / (x.length - 1);
    }

    static double correlation(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
