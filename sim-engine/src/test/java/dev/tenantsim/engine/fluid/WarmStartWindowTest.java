package dev.tenantsim.engine.fluid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.platform.Controls;
import dev.tenantsim.engine.platform.PlatformScenario;
import dev.tenantsim.engine.platform.PlatformSimulator;
import dev.tenantsim.engine.platform.RateProfile;
import dev.tenantsim.engine.platform.Results;
import dev.tenantsim.engine.platform.SloPolicy;
import dev.tenantsim.engine.platform.StackSpec;
import dev.tenantsim.engine.platform.TenantLoad;
import dev.tenantsim.engine.platform.Topology;
import dev.tenantsim.workload.RequestWork;
import dev.tenantsim.workload.WorkDistribution;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, mechanism 8: a request-level window inside a long run starts from the fluid pass's
 * state at its first minute (each tenant's backlog), not from an empty stack. On a stack that was
 * saturated before the window, its p99 must agree with a continuous request-level run over the
 * same minutes within 15%; the same window started empty must not.
 *
 * <p>One stack of 4 app cores with 200 threads (a FIFO accept queue behind them), one tenant of
 * 10 ms exponential app CPU: 400 requests/s of capacity. 20 minutes at 110% build a backlog of
 * about 48,000 requests; then 30 minutes at 85% drain it. The continuous run measures the requests
 * that arrive in the last 30 minutes as a tenant of their own (same work, same FIFO queue), so its
 * figures are those of the window's requests.
 */
final class WarmStartWindowTest {
    private static final int CORES = 4;
    private static final double WORK = 0.010;
    private static final int BEFORE = 20;
    private static final int WINDOW = 30;

    private static double[] rates(int from, int to, boolean window) {
        double[] r = new double[to - from];
        for (int m = from; m < to; m++) {
            boolean inWindow = m >= BEFORE;
            r[m - from] = inWindow != window ? 0.0 : (inWindow ? 0.85 : 1.10) * CORES / WORK;
        }
        return r;
    }

    private static StackSpec stack() {
        return new StackSpec("pool", new StackSpec.AppTier(CORES, 200),
                new StackSpec.Database(1000, 4, 100_000, 4), new StackSpec.WorkerPool(1, "fifo"));
    }

    private static TenantLoad tenant(String id, double[] rates) {
        RequestWork work = new RequestWork(WorkDistribution.exponential(WORK), WorkDistribution.ZERO,
                WorkDistribution.ZERO, WorkDistribution.ZERO);
        return TenantLoad.of(id, 0, 1_000_000L, new RateProfile(rates), work);
    }

    private static Results run(List<TenantLoad> tenants, int minutes, long seed) {
        int n = tenants.size();
        PlatformScenario s = new PlatformScenario(tenants, Topology.pooled(stack(), n), Controls.none(n),
                SloPolicy.uniform(n, 1.0, 0.01), minutes * 60.0);
        return PlatformSimulator.run(s, RandomStreams.of(seed));
    }

    private static FluidResult fluid(double[] rates, int seriesSteps) {
        StackCapacity cap = new StackCapacity(CORES, 4, 100_000, 1000, 4 / 100_000.0);
        FluidModel model = FluidModel.builder(List.of(cap), 1)
                .tenant(0, WorkMoments.markovian(WORK, 0, 0, 0), TenantLimits.UNLIMITED, new SloTarget(1.0, 0.01), 0)
                .build();
        DemandSource source = (t, from, out, off, len) -> System.arraycopy(rates, from, out, off, len);
        return FluidPass.run(model, source, FluidOptions.defaults(rates.length).withSeriesSteps(seriesSteps));
    }

    @Test
    void theFluidPassKeepsTheBacklogAtTheStartOfTheBusiestPoint() {
        // 10-minute points at 50%, 70% with a 130% spike in its last 5 minutes, then 95%: the third is busiest
        double[] r = new double[30];
        for (int m = 0; m < r.length; m++) {
            double u = m < 10 ? 0.5 : m < 15 ? 0.7 : m < 20 ? 1.3 : 0.95;
            r[m] = u * CORES / WORK;
        }
        FluidResult whole = fluid(r, 10);
        WarmStart warm = whole.stacks().get(0).warmStart();
        double until20 = fluid(Arrays.copyOf(r, 20), 10).tenants().finalBacklogRequests(0);
        assertEquals(20, warm.minute(), "the third point (95% throughout) is the busiest");
        assertTrue(until20 > 30_000, "the spike left a backlog: " + until20);
        double[] backlogs = warm.backlogsOf(new int[] {0, 7});
        assertEquals(until20, backlogs[0], 0.0, "the backlog at minute 20, as a run that stops there ends with");
        assertEquals(0.0, backlogs[1], "a tenant that is not on the stack has none");
    }

    @Test
    void aWarmStartedWindowAgreesWithAContinuousRunOnASaturatedStack() {
        long seed = 11;
        Results continuous = run(List.of(tenant("before", rates(0, BEFORE + WINDOW, false)),
                tenant("window", rates(0, BEFORE + WINDOW, true))), BEFORE + WINDOW, seed);
        double backlog = fluid(rates(0, BEFORE, false), 1).tenants().finalBacklogRequests(0);
        TenantLoad window = tenant("window", rates(BEFORE, BEFORE + WINDOW, true));
        Results warm = run(List.of(window.withCarriedIn((int) Math.round(backlog))), WINDOW, seed);
        Results cold = run(List.of(window), WINDOW, seed);
        double pc = continuous.tenant(1).latency().p99();
        double pw = warm.tenant(0).latency().p99();
        double p0 = cold.tenant(0).latency().p99();
        double mc = continuous.tenant(1).latency().mean();
        double mw = warm.tenant(0).latency().mean();
        System.out.printf(Locale.ROOT, "backlog at minute %d: fluid %.0f requests; window p99 continuous %.2f s, "
                + "warm-started %.2f s (%+.1f%%), started empty %.3f s; mean %.2f s vs %.2f s%n", BEFORE, backlog, pc, pw,
                100 * (pw / pc - 1), p0, mc, mw);
        assertEquals(continuous.tenant(1).completed(), warm.tenant(0).completed(), 0.01 * warm.tenant(0).completed(),
                "the carried-in requests are not counted as the window's");
        assertEquals(pc, pw, 0.15 * pc, "warm-started p99 within 15% of the continuous run's");
        assertEquals(mc, mw, 0.15 * mc, "and the mean");
        assertTrue(p0 < 0.5 * pc, "started empty, the window misses the queue: " + p0 + " s against " + pc + " s");
    }
}
