package dev.tenantsim.engine.fluid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.platform.Controls;
import dev.tenantsim.engine.platform.PlatformScenario;
import dev.tenantsim.engine.platform.PlatformSimulator;
import dev.tenantsim.engine.platform.RateProfile;
import dev.tenantsim.engine.platform.Results;
import dev.tenantsim.engine.platform.SloPolicy;
import dev.tenantsim.engine.platform.SimulatedStack;
import dev.tenantsim.engine.platform.StackSpec;
import dev.tenantsim.engine.platform.TenantLoad;
import dev.tenantsim.engine.platform.Topology;
import dev.tenantsim.workload.WorkDistribution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * "What it must show" 1: on windows both passes can run, the fluid pass agrees with the
 * request-level pass (platform DES) — mean latency within 15% and utilization within 3 points — at
 * loads from 30% to 90%. One pooled stack (4 app cores, 4 DB cores, 4 IO channels, an ample
 * connection pool), three tenants with different lognormal work (cv 1.5; processor sharing is
 * insensitive to it), Poisson arrivals, seeded.
 */
final class FluidDesAgreementTest {
    private static final int APP_CORES = 4;
    private static final int DB_CORES = 4;
    private static final double IOPS = 4000;
    private static final int IO_CHANNELS = 4;
    private static final int CONNECTIONS = 200;
    // per tenant: app CPU s, DB CPU s, IO ops, extra hold s, share of the traffic
    private static final double[][] TENANTS = {
        {0.010, 0.006, 2, 0.001, 0.5},
        {0.006, 0.010, 4, 0.000, 0.3},
        {0.016, 0.004, 1, 0.002, 0.2},
    };

    private static double meanAppWork() {
        double s = 0;
        for (double[] t : TENANTS) {
            s += t[0] * t[4];
        }
        return s;
    }

    /** Rates per tenant and minute for a target app utilization per minute. */
    private static double[][] rates(double[] appUtilizationPerMinute) {
        double[][] r = new double[TENANTS.length][appUtilizationPerMinute.length];
        for (int m = 0; m < appUtilizationPerMinute.length; m++) {
            double total = appUtilizationPerMinute[m] * APP_CORES / meanAppWork();
            for (int t = 0; t < TENANTS.length; t++) {
                r[t][m] = total * TENANTS[t][4];
            }
        }
        return r;
    }

    private static Results des(double[][] rates, long seed) {
        StackSpec stack = new StackSpec("pool", new StackSpec.AppTier(APP_CORES, 100_000),
                new StackSpec.Database(CONNECTIONS, DB_CORES, IOPS, IO_CHANNELS), new StackSpec.WorkerPool(1, "fifo"));
        List<TenantLoad> tenants = new ArrayList<>();
        for (int t = 0; t < TENANTS.length; t++) {
            double[] w = TENANTS[t];
            dev.tenantsim.workload.RequestWork work = new dev.tenantsim.workload.RequestWork(
                    WorkDistribution.lognormal(w[0], 1.5), WorkDistribution.lognormal(w[1], 1.5),
                    WorkDistribution.exponential(w[2]), WorkDistribution.constant(w[3]));
            tenants.add(TenantLoad.of("tenant-" + t, 0, 1_000_000L, new RateProfile(rates[t]), work));
        }
        int n = tenants.size();
        PlatformScenario s = new PlatformScenario(tenants, Topology.pooled(stack, n), Controls.none(n),
                SloPolicy.uniform(n, 1.0, 0.01), rates[0].length * 60.0);
        return PlatformSimulator.run(s, RandomStreams.of(seed));
    }

    private static FluidResult fluid(double[][] rates) {
        StackCapacity cap = new StackCapacity(APP_CORES, DB_CORES, IOPS, CONNECTIONS, IO_CHANNELS / IOPS);
        FluidModel.Builder b = FluidModel.builder(List.of(cap), TENANTS.length);
        for (int t = 0; t < TENANTS.length; t++) {
            double[] w = TENANTS[t];
            // lognormal cv 1.5: scv 2.25 (used by the tail only; PS means are insensitive); IO exponential; hold constant
            WorkMoments work = new WorkMoments(new WorkMoments.Part(w[0], 2.25), new WorkMoments.Part(w[1], 2.25),
                    WorkMoments.Part.exponential(w[2]), new WorkMoments.Part(w[3], 0), 1.0);
            b.tenant(t, work, TenantLimits.UNLIMITED,
                    new SloTarget(1.0, 0.01), 0);
        }
        DemandSource source = (tenant, from, out, off, len) -> {
            for (int k = 0; k < len; k++) {
                out[off + k] = rates[tenant][from + k];
            }
        };
        return FluidPass.run(b.build(), source, FluidOptions.defaults(rates[0].length).withSeriesSteps(1));
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static void compare(String label, double[][] rates, long seed, boolean checkTail) {
        Results d = des(rates, seed);
        FluidResult f = fluid(rates);
        SimulatedStack ds = d.stacks().get(0);
        StackFluidResult fs = f.stacks().get(0);
        double dApp = mean(ds.series(SimulatedStack.Series.APP_CPU_UTILIZATION));
        double dDb = mean(ds.series(SimulatedStack.Series.DB_CPU_UTILIZATION));
        double dIo = mean(ds.series(SimulatedStack.Series.DB_IO_UTILIZATION));
        System.out.printf(Locale.ROOT, "%s: utilization app DES %.3f fluid %.3f | db DES %.3f fluid %.3f | io DES %.3f fluid %.3f%n",
                label, dApp, fs.meanUtilization(FluidResource.APP_CPU), dDb, fs.meanUtilization(FluidResource.DB_CPU),
                dIo, fs.meanUtilization(FluidResource.DB_IO));
        assertEquals(dApp, fs.meanUtilization(FluidResource.APP_CPU), 0.03, label + " app CPU utilization");
        assertEquals(dDb, fs.meanUtilization(FluidResource.DB_CPU), 0.03, label + " DB CPU utilization");
        assertEquals(dIo, fs.meanUtilization(FluidResource.DB_IO), 0.03, label + " DB IO utilization");
        for (int t = 0; t < TENANTS.length; t++) {
            double dm = d.tenant(t).latency().mean();
            double fm = f.tenants().meanLatencySeconds(t);
            System.out.printf(Locale.ROOT, "%s: tenant %d mean latency DES %.5f s fluid %.5f s (%+.1f%%); p99 DES %.4f s fluid %.4f s%n",
                    label, t, dm, fm, 100 * (fm / dm - 1), d.tenant(t).latency().p99(), f.tenants().worstTailSeconds(t));
            assertEquals(dm, fm, 0.15 * dm, label + " tenant " + t + " mean latency");
            if (checkTail) {
                // not required by the issue: the p99 approximation (two-moment gamma fit) within 25%
                double dp = d.tenant(t).latency().p99();
                assertEquals(dp, f.tenants().worstTailSeconds(t), 0.25 * dp, label + " tenant " + t + " p99");
            }
        }
    }

    @Test
    void meanLatencyUtilizationAndTailAgreeWithTheRequestLevelPassFromThirtyToNinetyPercent() {
        for (double load : new double[] {0.3, 0.5, 0.7, 0.9}) {
            double[] perMinute = new double[6];
            java.util.Arrays.fill(perMinute, load);
            compare(String.format(Locale.ROOT, "load %.0f%%", 100 * load), rates(perMinute), 20250317L, true);
        }
    }

    @Test
    void theyAgreeOverAWindowWhoseLoadRampsFromThirtyToNinetyPercent() {
        double[] perMinute = new double[10];
        for (int m = 0; m < perMinute.length; m++) {
            perMinute[m] = 0.3 + 0.6 * m / (perMinute.length - 1);
        }
        compare("ramp 30%..90%", rates(perMinute), 7L, false); // fluid's worst minute vs the window's p99: not comparable
    }

    @Test
    void theConnectionPoolAsAnMmcQueueAgreesToo() {
        // 8 connections held for an exponential 50 ms (no DB CPU or IO): an M/M/8 FCFS pool
        int pool = 8;
        double hold = 0.05;
        StackSpec stack = new StackSpec("pool", new StackSpec.AppTier(64, 100_000),
                new StackSpec.Database(pool, 64, 1e6, 64), new StackSpec.WorkerPool(1, "fifo"));
        for (double load : new double[] {0.3, 0.6, 0.9}) {
            double rate = load * pool / hold;
            dev.tenantsim.workload.RequestWork work = new dev.tenantsim.workload.RequestWork(
                    WorkDistribution.ZERO, WorkDistribution.ZERO, WorkDistribution.ZERO, WorkDistribution.exponential(hold));
            PlatformScenario s = new PlatformScenario(List.of(TenantLoad.of("t", 0, 0, RateProfile.constant(rate), work)),
                    Topology.pooled(stack, 1), Controls.none(1), SloPolicy.uniform(1, 1.0, 0.01), 600);
            Results d = PlatformSimulator.run(s, RandomStreams.of(99));
            FluidModel model = FluidModel.builder(List.of(new StackCapacity(64, 64, 1e6, pool, 64 / 1e6)), 1)
                    .tenant(0, WorkMoments.markovian(0, 0, 0, hold), TenantLimits.UNLIMITED, new SloTarget(1.0, 0.01), 0)
                    .build();
            FluidResult f = FluidPass.run(model, DemandSource.constant(rate), FluidOptions.defaults(10));
            double dm = d.tenant(0).latency().mean();
            double fm = f.tenants().meanLatencySeconds(0);
            double du = mean(d.stacks().get(0).series(SimulatedStack.Series.DB_POOL_UTILIZATION));
            double fu = f.stacks().get(0).meanUtilization(FluidResource.DB_CONNECTIONS);
            System.out.printf(Locale.ROOT, "pool load %.0f%%: mean latency DES %.5f s fluid %.5f s (%+.1f%%); pool utilization DES %.3f fluid %.3f%n",
                    100 * load, dm, fm, 100 * (fm / dm - 1), du, fu);
            assertEquals(dm, fm, 0.15 * dm, "pool at " + load);
            assertEquals(du, fu, 0.03, "pool utilization at " + load);
        }
    }
}
