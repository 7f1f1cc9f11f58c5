package dev.tenantsim.scenario.runner.fluid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.fluid.WorkMoments;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.StackResult;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.runner.PlatformRunner;
import org.junit.jupiter.api.Test;

/**
 * The fluid pass reads the same data path as the request level: app-cache hits skip the
 * database, buffer-pool misses are the IO, query cost follows the shard's size. On the bundled
 * {@code mechanisms-cache} stack without its export, the fluid pass's DB CPU and DB IO busy time
 * agree with the request level's within 10% (without the caches its IO would be about nine times
 * the request level's: 55% app-cache hits, then 75% buffer-pool hits).
 */
final class FluidDataPathTest {
    @Test
    void theFluidPassSeesTheSameMissesAsTheRequestLevel() {
        Scenario s = ScenarioLoader.resolve("mechanisms-cache").variant("no-export");
        RunOutcome des = new PlatformRunner().run(s, s.seed(), 1, RunProgress.NONE);
        RunOutcome fluid = new FluidRunner(FluidRunnerOptions.DEFAULTS.withDes(5, 1, 1)).run(s, s.seed(), 1, RunProgress.NONE);
        for (String r : new String[] {"db-cpu", "db-io"}) {
            double d = busy(des, r);
            double f = busy(fluid, r);
            System.out.printf("fluid vs request level, %s busy (utilization x minutes): %.3f vs %.3f%n", r, f, d);
            assertEquals(d, f, 0.10 * d, r + " within 10%");
        }
    }

    @Test
    void throughDataThinsEachDbPartByTheHitRatioByHand() {
        WorkMoments w = new WorkMoments(new WorkMoments.Part(0.003, 1), new WorkMoments.Part(0.002, 1),
                new WorkMoments.Part(20, 1), WorkMoments.Part.NONE, 1);
        WorkMoments t = w.throughData(0.5, 1.2, 0.3);
        assertEquals(0.003, t.appCpu().mean(), 0, "the app still works every request");
        assertEquals(0.5 * 1.2 * 0.002, t.dbCpu().mean(), 1e-15);
        assertEquals(0.5 * 0.3 * 20, t.dbIo().mean(), 1e-12);
        // mixture of 0 (half) and an exponential: E[X^2] = 0.5 * 2 m^2, mean 0.5 m, SCV = 2 / 0.5 - 1 = 3
        assertEquals(3, t.dbCpu().scv(), 1e-12);
        assertTrue(w.throughData(0, 1, 1) == w, "off: the same work");
    }

    private static double busy(RunOutcome o, String resource) {
        StackResult s = o.stacks().get(0);
        return s.utilizationByResource().get(resource).stream().mapToDouble(Double::doubleValue).sum() * s.stepSeconds() / 60;
    }
}
