package dev.tenantsim.engine.fluid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

final class FluidPassTest {
    private static final SloTarget LOOSE = new SloTarget(100.0, 1.0);

    /** A stack whose only busy station is the app CPU with {@code cores} cores. */
    private static StackCapacity appOnly(int cores) {
        return StackCapacity.of(cores, 1, 1000, 1000);
    }

    private static FluidResult runOne(StackCapacity stack, WorkMoments work, TenantLimits limits, SloTarget slo,
                                      DemandSource demand, int minutes) {
        FluidModel model = FluidModel.builder(List.of(stack), 1).tenant(0, work, limits, slo, 0).build();
        return FluidPass.run(model, demand, FluidOptions.defaults(minutes).withSeriesSteps(1));
    }

    /** M/M/c mean wait from the textbook sum (independent of ErlangC). */
    private static double mmcMeanWait(int c, double lambda, double mu) {
        double a = lambda / mu;
        double rho = a / c;
        double sum = 0;
        double term = 1;
        for (int k = 0; k < c; k++) {
            if (k > 0) {
                term *= a / k;
            }
            sum += term;
        }
        double last = term * a / c / (1 - rho);
        double pWait = last / (sum + last);
        return pWait / (c * mu - lambda);
    }

    @Test
    void mm1MeanLatencyIsServiceOverOneMinusRho() {
        double s = 0.1;
        double lambda = 7.0;
        FluidResult r = runOne(appOnly(1), WorkMoments.markovian(s, 0, 0, 0), TenantLimits.UNLIMITED, LOOSE,
                DemandSource.constant(lambda), 30);
        double rho = lambda * s;
        assertEquals(s / (1 - rho), r.tenants().meanLatencySeconds(0), 1e-12);
        assertEquals(rho, r.stacks().get(0).meanUtilization(FluidResource.APP_CPU), 1e-12);
        assertEquals(rho, r.stacks().get(0).peakUtilization(FluidResource.APP_CPU), 1e-12);
        assertEquals(lambda * 60 * 30, r.tenants().servedRequests(0), 1e-6);
    }

    @Test
    void mmcMeanLatencyOfAProcessorSharingCpuEqualsTheErlangCFormula() {
        for (int c : new int[] {2, 4, 16, 48}) {
            for (double rho : new double[] {0.3, 0.6, 0.9}) {
                double s = 0.05;
                double lambda = rho * c / s;
                FluidResult r = runOne(appOnly(c), WorkMoments.markovian(s, 0, 0, 0), TenantLimits.UNLIMITED,
                        LOOSE, DemandSource.constant(lambda), 5);
                double expected = s + mmcMeanWait(c, lambda, 1 / s);
                assertEquals(expected, r.tenants().meanLatencySeconds(0), 1e-12 * expected, "c=" + c + " rho=" + rho);
                assertEquals(lambda * s / c, r.stacks().get(0).meanUtilization(FluidResource.APP_CPU), 1e-12,
                        "utilization = lambda E[S] / c");
            }
        }
    }

    @Test
    void connectionPoolWaitIsTheMmcWaitAndTheLargePoolTableStaysClose() {
        double hold = 0.2;
        for (int pool : new int[] {8, 40, 200}) {
            double lambda = 0.85 * pool / hold;
            FluidResult r = runOne(StackCapacity.of(1, 1, 1000, pool), WorkMoments.markovian(0, 0, 0, hold),
                    TenantLimits.UNLIMITED, LOOSE, DemandSource.constant(lambda), 3);
            double wait = mmcMeanWait(pool, lambda, 1 / hold);
            double expected = wait + hold; // latency: wait for a connection, then hold it
            // pools above 64 connections use the interpolated table: stated error 1e-4 on C
            double tol = pool <= 64 ? 1e-12 * expected : 1e-4 * hold / (pool * 0.15);
            assertEquals(expected, r.tenants().meanLatencySeconds(0), tol, "pool=" + pool);
            assertEquals(0.85, r.stacks().get(0).peakUtilization(FluidResource.DB_CONNECTIONS), 1e-12);
        }
    }

    @Test
    void burstyArrivalsScaleTheWaitByKingmansFactor() {
        double s = 0.1;
        double lambda = 6;
        double ca2 = 4.0;
        FluidResult r = runOne(appOnly(1), WorkMoments.of(s, 0, 0, 0, 1.0, ca2), TenantLimits.UNLIMITED, LOOSE,
                DemandSource.constant(lambda), 2);
        double rho = lambda * s;
        double poissonWait = rho * s / (1 - rho);
        assertEquals(s + poissonWait * (ca2 + 1) / 2, r.tenants().meanLatencySeconds(0), 1e-12);
    }

    @Test
    void tailOfMm1ProcessorSharingIsWithinThirtyPercentOfTheTwoMomentFitOfItsExactMoments() {
        // M/M/1-PS response time: mean s / (1 - rho), scv (2 + rho) / (2 - rho) (exact); p99 of the gamma
        // with those two moments is the reference. At rho -> 0 both are the exponential service's p99.
        double s = 0.1;
        for (double rho : new double[] {0.05, 0.5, 0.7, 0.9}) {
            FluidResult r = runOne(appOnly(1), WorkMoments.markovian(s, 0, 0, 0), TenantLimits.UNLIMITED, LOOSE,
                    DemandSource.constant(rho / s), 1);
            double mean = s / (1 - rho);
            double reference = mean * TailTable.unitGammaQuantile((2 + rho) / (2 - rho), 0.99);
            double approx = r.tenants().worstTailSeconds(0);
            System.out.printf(java.util.Locale.ROOT, "M/M/1-PS rho %.2f: p99 fluid %.4f s, two-moment reference %.4f s%n",
                    rho, approx, reference);
            assertEquals(reference, approx, 0.30 * reference, "rho=" + rho);
        }
    }

    @Test
    void tailTableInterpolatesTheGammaQuantileWithinHalfAPercent() {
        TailTable table = new TailTable(0.99, 2048);
        for (double scv = 0; scv <= 50; scv += 0.37) {
            double exact = TailTable.unitGammaQuantile(scv, 0.99);
            assertEquals(exact, table.factor(scv), 0.005 * exact, "scv " + scv);
        }
        assertEquals(Math.log(100), table.factor(1.0), 1e-3, "scv 1 is the exponential");
    }

    @Test
    void backlogIsCarriedAcrossAnOverloadedStepAndWorkIsConserved() {
        // capacity 10 req/s (1 core, 0.1 s); minute 0 offers 20 req/s, later minutes 5 req/s
        DemandSource demand = (t, from, out, off, len) -> {
            for (int i = 0; i < len; i++) {
                out[off + i] = from + i == 0 ? 20.0 : 5.0;
            }
        };
        WorkMoments work = WorkMoments.markovian(0.1, 0, 0, 0);
        FluidResult one = runOne(appOnly(1), work, TenantLimits.UNLIMITED, LOOSE, demand, 1);
        assertEquals(600.0, one.tenants().finalBacklogRequests(0), 1e-9, "(20 - 10) req/s x 60 s");
        assertEquals(600.0, one.tenants().servedRequests(0), 1e-9);
        FluidResult two = runOne(appOnly(1), work, TenantLimits.UNLIMITED, LOOSE, demand, 2);
        // minute 1: demand 5 + 600/60 = 15 req/s against 10: 300 left
        assertEquals(300.0, two.tenants().finalBacklogRequests(0), 1e-9);
        FluidResult four = runOne(appOnly(1), work, TenantLimits.UNLIMITED, LOOSE, demand, 4);
        assertEquals(0.0, four.tenants().finalBacklogRequests(0), 1e-9, "minute 2 serves exactly 5 + 5 req/s");
        for (FluidResult r : List.of(one, two, four)) {
            TenantFluidResults t = r.tenants();
            assertEquals(t.offeredRequests(0) - t.rejectedRequests(0),
                    t.servedRequests(0) + t.finalBacklogRequests(0), 1e-9, "requests are conserved");
        }
        UtilizationSeries series = four.stacks().get(0).series();
        assertArrayEquals(new double[] {1.0, 1.0, 1.0, 0.5}, series.meanSeries(FluidResource.APP_CPU), 1e-12);
        assertEquals(2, four.stacks().get(0).overloadedMinutes());
        assertTrue(four.tenants().meanLatencySeconds(0) > 5.0, "the backlog delays requests by tens of seconds");
    }

    @Test
    void rateLimitRejectsTheExcessAndBreaksTheErrorBudget() {
        FluidResult r = runOne(appOnly(4), WorkMoments.markovian(0.01, 0, 0, 0),
                new TenantLimits(50, Integer.MAX_VALUE, Integer.MAX_VALUE), new SloTarget(1.0, 0.01),
                DemandSource.constant(80), 10);
        assertEquals(30.0 * 600, r.tenants().rejectedRequests(0), 1e-6);
        assertEquals(50.0 * 600, r.tenants().servedRequests(0), 1e-6);
        assertEquals(10, r.tenants().violationMinutes(0), "every minute rejects 37.5% > 1% budget");
    }

    @Test
    void connectionQuotaCapsThroughputAndQueuesTheRest() {
        // quota 2 connections x 0.5 s hold = 4 req/s at most; offered 6 req/s
        FluidResult r = runOne(StackCapacity.of(8, 8, 1000, 100), WorkMoments.markovian(0, 0, 0, 0.5),
                new TenantLimits(Double.POSITIVE_INFINITY, 2, Integer.MAX_VALUE), LOOSE, DemandSource.constant(6), 10);
        assertEquals(4.0 * 600, r.tenants().servedRequests(0), 1e-6);
        assertEquals(2.0 * 600, r.tenants().finalBacklogRequests(0), 1e-6);
        assertEquals(0.0, r.tenants().rejectedRequests(0), 0.0);
    }

    @Test
    void aSaturatedConnectionPoolSetsTheServedShareAndTheBacklog() {
        // 10 connections held 0.1 s serve 100 req/s; 150 req/s offered for 2 minutes
        FluidResult r = runOne(StackCapacity.of(64, 64, 1e6, 10), WorkMoments.markovian(0.001, 0, 0, 0.1),
                TenantLimits.UNLIMITED, LOOSE, DemandSource.constant(150), 2);
        assertEquals(100.0 * 120, r.tenants().servedRequests(0), 1e-6);
        assertEquals(50.0 * 120, r.tenants().finalBacklogRequests(0), 1e-6);
        assertEquals(1.0, r.stacks().get(0).peakUtilization(FluidResource.DB_CONNECTIONS), 1e-12);
        assertEquals(2, r.stacks().get(0).overloadedMinutes());
    }

    @Test
    void concurrencyCapFollowsLittlesLaw() {
        // zero-load latency 0.5 s, cap 2 in flight => at most 4 req/s admitted
        FluidResult r = runOne(appOnly(64), WorkMoments.markovian(0.5, 0, 0, 0),
                new TenantLimits(Double.POSITIVE_INFINITY, Integer.MAX_VALUE, 2), LOOSE, DemandSource.constant(10), 1);
        double served = r.tenants().servedRequests(0) / 60;
        assertTrue(served <= 4.0 + 1e-9 && served > 3.5, "served " + served + " req/s");
    }

    @Test
    void sloViolationMinutesCountMinutesWhoseTailExceedsTheObjective() {
        DemandSource demand = (t, from, out, off, len) -> {
            for (int i = 0; i < len; i++) {
                out[off + i] = (from + i) % 10 < 3 ? 9.0 : 2.0; // 3 busy minutes in every 10
            }
        };
        FluidResult r = runOne(appOnly(1), WorkMoments.markovian(0.1, 0, 0, 0), TenantLimits.UNLIMITED,
                new SloTarget(1.0, 0.01), demand, 60);
        // rho 0.9: P(one request > 1 s) = e^-1, every busy minute violates; rho 0.2: e^-8 per request, a
        // calm minute violates only by chance (or while it drains the busy minutes' backlog)
        int[] minutes = r.tenants().violations(0).toArray();
        long busy = java.util.Arrays.stream(minutes).filter(m -> m % 10 < 3).count();
        assertEquals(18, busy, "every busy minute violates: " + java.util.Arrays.toString(minutes));
        assertTrue(minutes.length - busy <= 6, "at most the first calm minute after each burst: " + java.util.Arrays.toString(minutes));
        assertEquals(minutes.length, r.tenants().violationMinutes(0));
    }

    @Test
    void busiestWindowsPointAtTheHoursWithTheMostLoad() {
        DemandSource demand = (t, from, out, off, len) -> {
            for (int i = 0; i < len; i++) {
                int hour = (from + i) / 60;
                out[off + i] = t == 1 && hour == 7 ? 9.0 : hour == 3 ? 6.0 : 1.0;
            }
        };
        FluidModel model = FluidModel.builder(List.of(appOnly(1), appOnly(1)), 2)
                .allTenants(WorkMoments.markovian(0.1, 0, 0, 0), TenantLimits.UNLIMITED, LOOSE, new int[] {0, 1})
                .build();
        FluidResult r = FluidPass.run(model, demand, FluidOptions.defaults(24 * 60).withBusiestWindows(3, 60));
        List<BusyWindow> w = r.busiestWindows();
        assertEquals(3, w.size());
        assertEquals(new BusyWindow(1, 7 * 60, 60, 0.9, 0.9), round(w.get(0)));
        assertEquals(3 * 60, w.get(1).startMinute());
        assertEquals(0, w.get(1).stack(), "tie between stacks goes to the lower index");
        assertEquals(3 * 60, w.get(2).startMinute());
        assertEquals(1, r.hottestStack().stack());
    }

    private static BusyWindow round(BusyWindow w) {
        return new BusyWindow(w.stack(), w.startMinute(), w.lengthMinutes(),
                Math.round(w.meanOfferedLoad() * 1e9) / 1e9, Math.round(w.peakUtilization() * 1e9) / 1e9);
    }

    @Test
    void resultsDoNotDependOnThreadsOrBlockSize() {
        int n = 60;
        int[] stackOf = new int[n];
        for (int t = 0; t < n; t++) {
            stackOf[t] = t % 3;
        }
        DemandSource demand = (t, from, out, off, len) -> {
            for (int i = 0; i < len; i++) {
                int minute = from + i;
                out[off + i] = 0.5 + (t % 7) * 0.3 * (1 + Math.sin(minute / 90.0 + t));
            }
        };
        FluidModel.Builder b = FluidModel.builder(List.of(StackCapacity.of(4, 2, 800, 20),
                StackCapacity.of(2, 2, 400, 10), StackCapacity.of(3, 1, 500, 12)), n);
        for (int t = 0; t < n; t++) {
            b.tenant(t, WorkMoments.of(0.02 + 0.001 * t, 0.01, 2, 0.03, 1.5, 1 + (t % 3)),
                    new TenantLimits(40, 5, 30), new SloTarget(0.3, 0.01), stackOf[t]);
        }
        FluidModel model = b.build();
        FluidOptions base = FluidOptions.defaults(3 * 1440);
        FluidResult a = FluidPass.run(model, demand, base.withThreads(1));
        FluidResult c = FluidPass.run(model, demand, base.withThreads(3).withMaxBlockValues(97));
        for (int t = 0; t < n; t++) {
            assertEquals(a.tenants().meanLatencySeconds(t), c.tenants().meanLatencySeconds(t), 0.0);
            assertEquals(a.tenants().violationMinutes(t), c.tenants().violationMinutes(t));
            assertEquals(a.tenants().servedRequests(t), c.tenants().servedRequests(t), 0.0);
        }
        assertEquals(a.busiestWindows(), c.busiestWindows());
        assertArrayEquals(a.stacks().get(2).series().maxSeries(FluidResource.DB_IO),
                c.stacks().get(2).series().maxSeries(FluidResource.DB_IO), 0.0);
        assertEquals(72, a.stacks().get(0).series().points(), "hourly points over three days");
    }

    @Test
    void aLongerStepAveragesTheMinutesItCoversAndCountsViolationsInMinutes() {
        DemandSource alternating = (t, from, out, off, len) -> {
            for (int i = 0; i < len; i++) {
                out[off + i] = (from + i) % 2 == 0 ? 2.0 : 8.0;
            }
        };
        FluidModel model = FluidModel.builder(List.of(appOnly(1)), 1)
                .tenant(0, WorkMoments.markovian(0.1, 0, 0, 0), TenantLimits.UNLIMITED, new SloTarget(2.0, 0.01), 0)
                .build();
        FluidResult perMinute = FluidPass.run(model, alternating, FluidOptions.defaults(60).withSeriesSteps(1));
        FluidResult twoMinutes = FluidPass.run(model, alternating,
                FluidOptions.defaults(60).withStepSeconds(120).withSeriesSteps(1));
        assertEquals(0.8, perMinute.stacks().get(0).peakUtilization(FluidResource.APP_CPU), 1e-12);
        assertEquals(0.5, twoMinutes.stacks().get(0).peakUtilization(FluidResource.APP_CPU), 1e-12, "(2 + 8) / 2 x 0.1");
        assertEquals(30, twoMinutes.stacks().get(0).series().points());
        assertEquals(2, twoMinutes.stacks().get(0).series().minutesPerPoint());
        assertEquals(perMinute.tenants().offeredRequests(0), twoMinutes.tenants().offeredRequests(0), 1e-9);
        // rho 0.8 breaks a 2 s p99 (the fluid p99 at rho 0.7 is already 2.7 s), rho 0.2 and 0.5 (1.5 s) do not
        assertEquals(30, perMinute.tenants().violationMinutes(0));
        assertEquals(0, twoMinutes.tenants().violationMinutes(0), "averaging hides the busy minutes");
    }

    @Test
    void badInputIsRejectedWithFieldValueAndRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> runOne(appOnly(1), WorkMoments.markovian(0.1, 0, 0, 0), TenantLimits.UNLIMITED, LOOSE,
                        (t, from, out, off, len) -> java.util.Arrays.fill(out, off, off + len, Double.NaN), 1));
        assertEquals("demand rate (NaN) of tenant 0 at minute 0 must be a finite number >= 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FluidOptions.defaults(60).withStepSeconds(90));
        assertEquals("stepSeconds (90) must be a multiple of 60", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> StackCapacity.of(0, 1, 1, 1));
        assertEquals("appCores (0) must be >= 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> WorkMoments.of(Double.NaN, 0, 0, 0, 1, 1));
        assertEquals("appCpuSeconds (NaN) must be a finite number >= 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> FluidModel.builder(List.of(appOnly(1)), 2).tenant(0, WorkMoments.markovian(0.1, 0, 0, 0),
                        TenantLimits.UNLIMITED, LOOSE, 0).build());
        assertEquals("tenant (1) was never defined", e.getMessage());
    }
}
