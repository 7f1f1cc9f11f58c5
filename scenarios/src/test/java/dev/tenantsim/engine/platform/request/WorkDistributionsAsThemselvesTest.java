package dev.tenantsim.engine.platform.request;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.fluid.SignatureDemandSource;
import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.kernel.Simulation;
import dev.tenantsim.engine.platform.PlatformScenario;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.runner.fluid.ScenarioWorkload;
import dev.tenantsim.scenario.runner.model.RequestSpan;
import dev.tenantsim.scenario.runner.model.ScenarioModels;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.ParetoDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every {@code request.*.dist} of the schema is simulated as itself on both passes: a scenario
 * with {@code appCpu: { dist: <name> }} goes through {@link ScenarioModels} to the request-level
 * engine, whose own per-request draw ({@code TenantTable.sampleWork}) must give the named
 * family — mean and cv within tolerance, and a Kolmogorov–Smirnov distance to that family small
 * while the distance to a decoy family with the same mean and cv (the substitution this test
 * guards against, e.g. gamma run as a lognormal) is large — and whose fluid-pass work has the
 * family's mean and scv = cv². (In the engine's package, to reach the package-private table.)
 */
final class WorkDistributionsAsThemselvesTest {
    private static final int N = 200_000;
    /** KS critical value at p = 0.001 is 1.95/√N ≈ 0.0044. */
    private static final double KS_OK = 1.95 / Math.sqrt(N);
    private static final double MEAN = 0.008;

    private static String yaml(String dist, double cv) {
        return """
                name: dist-%s
                seed: 31
                horizon: { length: 10min }
                tiers:
                  only: { slo: { p99: 1s }, monthlyFee: 100 }
                tenants:
                  explicit:
                    - { id: solo, tier: only, users: 10, requestsPerUserPerMinute: 60 }
                request:
                  appCpu: { dist: %s, mean: 8ms, cv: %s }
                  dbCpu: { dist: lognormal, mean: 2ms, cv: 1 }
                  dbIo: { dist: exponential, mean: 2ops }
                topology:
                  pooled:
                    app: { nodes: 1, coresPerNode: 4 }
                """.formatted(dist, dist, cv);
    }

    private static Scenario scenario(String dist, double cv) {
        return ScenarioLoader.parse(yaml(dist, cv), "dist-" + dist + ".yaml", Path.of("."));
    }

    /** The request-level engine's tenant table of the scenario's only stack, as a stack simulation builds it. */
    private static TenantTable engine(Scenario s) {
        PlatformScenario p = ScenarioModels.forRequestLevel(s, s.seed()).platformScenario(new RequestSpan(0, 10));
        Simulation sim = new Simulation(RandomStreams.of(s.seed()));
        return new TenantTable(sim, p.topology().stacks().get(0), new int[] {0}, p.tenants(), p.controls());
    }

    private static double[] draws(TenantTable table, int part, int count) {
        double[] out = new double[count];
        for (int k = 0; k < count; k++) {
            out[k] = table.sampleWork(0, part);
        }
        return out;
    }

    @ParameterizedTest(name = "{0} cv {1} (decoy {2})")
    @CsvSource({"exponential, 1, lognormal", "lognormal, 1.5, gamma", "gamma, 1.5, lognormal", "gamma, 0.5, lognormal",
            "pareto, 0.3, lognormal", "pareto, 1.5, lognormal"})
    void requestLevelEngineDrawsTheNamedFamily(String dist, double cv, String decoy) {
        double[] x = draws(engine(scenario(dist, cv)), 0, N);
        double m = Arrays.stream(x).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (N - 1));
        assertEquals(MEAN, m, 5 * MEAN * cv / Math.sqrt(N), dist + " mean");
        if (!"pareto".equals(dist) || cv < 0.5) {
            // a pareto with large cv has α < 4: its sample sd converges too slowly to test; KS decides
            assertEquals(cv, sd / m, 0.05 * cv, dist + " cv");
        }
        Arrays.sort(x);
        double own = ks(x, family(dist, MEAN, cv));
        double other = ks(x, family(decoy, MEAN, cv));
        assertTrue(own < KS_OK, dist + ": KS distance to its own family " + own + " >= " + KS_OK);
        assertTrue(other > 5 * KS_OK, dist + ": KS distance to a " + decoy + " of the same mean and cv is only " + other
                + ", so a substitution would pass");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"constant, 0", "exponential, 1", "lognormal, 1.5", "gamma, 1.5", "pareto, 1.5"})
    void fluidPassSeesTheMeanAndScvOfTheNamedFamily(String dist, double cv) {
        Scenario s = scenario(dist, cv);
        var work = SignatureDemandSource.workOf(ScenarioWorkload.of(s).signatures()[0].work());
        assertEquals(MEAN, work.appCpu().mean(), 1e-15);
        assertEquals(cv * cv, work.appCpu().scv(), 1e-12);
        if ("constant".equals(dist)) {
            double[] x = draws(engine(s), 0, 1000);
            assertTrue(Arrays.stream(x).allMatch(v -> v == MEAN), "a constant is its mean every time");
        }
    }

    /** A gamma part's rejection draws come from its own stream: the other parts draw as if it were a constant. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"gamma, 2", "pareto, 1.5"})
    void aVariableDrawCountShiftsNoOtherPart(String dist, double cv) {
        TenantTable varied = engine(scenario(dist, cv));
        TenantTable constant = engine(scenario("constant", 0));
        double[] io = new double[1000];
        double[] ioConstant = new double[1000];
        for (int k = 0; k < io.length; k++) {
            draws(varied, 0, 1);
            io[k] = draws(varied, 2, 1)[0];
            draws(constant, 0, 1);
            ioConstant[k] = draws(constant, 2, 1)[0];
        }
        if ("gamma".equals(dist)) {
            assertArrayEquals(ioConstant, io, "a gamma app CPU leaves the tenant's shared work stream alone");
        } else {
            // a pareto takes one exponential draw per request, as an exponential does: a fixed count
            double[] ioExp = new double[1000];
            TenantTable exp = engine(scenario("exponential", 1));
            for (int k = 0; k < io.length; k++) {
                draws(exp, 0, 1);
                ioExp[k] = draws(exp, 2, 1)[0];
            }
            assertArrayEquals(ioExp, io, "a pareto app CPU consumes exactly what an exponential one does");
        }
    }

    private static RealDistribution family(String name, double mean, double cv) {
        switch (name) {
            case "exponential":
                return new ExponentialDistribution(null, mean);
            case "lognormal": {
                double s2 = Math.log1p(cv * cv);
                return new LogNormalDistribution(null, Math.log(mean) - s2 / 2, Math.sqrt(s2));
            }
            case "gamma": {
                double k = 1 / (cv * cv);
                return new GammaDistribution(null, k, mean / k);
            }
            case "pareto": {
                double alpha = 1 + Math.sqrt(1 + 1 / (cv * cv));
                return new ParetoDistribution(null, mean * (alpha - 1) / alpha, alpha);
            }
            default:
                throw new IllegalArgumentException(name);
        }
    }

    /** sup |F_n − F| of a sorted sample. */
    private static double ks(double[] sorted, RealDistribution f) {
        double d = 0;
        int n = sorted.length;
        for (int i = 0; i < n; i++) {
            double c = f.cumulativeProbability(sorted[i]);
            d = Math.max(d, Math.max((i + 1.0) / n - c, c - (double) i / n));
        }
        return d;
    }
}
