package dev.tenantsim.workload.generator;

import static dev.tenantsim.workload.generator.Fixtures.correlation;
import static dev.tenantsim.workload.generator.Fixtures.factory;
import static dev.tenantsim.workload.generator.Fixtures.mean;
import static dev.tenantsim.workload.generator.Fixtures.series;
import static dev.tenantsim.workload.generator.Fixtures.tenant;
import static dev.tenantsim.workload.generator.Fixtures.variance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.workload.ScheduledJob;
import dev.tenantsim.workload.Signature;
import dev.tenantsim.workload.generator.pattern.BurstyGenerator;
import dev.tenantsim.workload.generator.pattern.CiBurstsGenerator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Each generator delivers the statistics its Javadoc promises. Tolerances are 4 standard errors
 * unless stated (a seeded test that is 4σ wide fails by chance with probability ~6e-5).
 */
final class GeneratorStatisticsTest {
    private static final int DAY = 1440;

    @Test
    void constantRateIsFlatAndEqualToTheRequestedRate() {
        double[] r = series(factory(1, DAY, "constant", Map.of("rate", 2.5)).signature(tenant("a")), DAY);
        for (double v : r) {
            assertEquals(2.5, v, 0);
        }
    }

    @Test
    void baseRateComesFromUsersTimesRequestsPerUserPerMinute() {
        Signature s = SignatureFactory.builder(1, 10).requestsPerUserPerMinute(0.05).build().signature(tenant("a"));
        assertEquals(1200 * 0.05 / 60, s.rate(3), 1e-12);
    }

    @ParameterizedTest(name = "rate {0} req/s")
    @ValueSource(doubles = {0.1, 5.0})
    void poissonCountsHaveTheRateAsMeanAndIndexOfDispersionOne(double rate) {
        int n = 20 * DAY;
        double[] r = series(factory(7, n, "poisson", Map.of("rate", rate)).signature(tenant("a")), n);
        double[] counts = new double[n];
        for (int i = 0; i < n; i++) {
            counts[i] = r[i] * 60;
            assertEquals(Math.rint(counts[i]), counts[i], 1e-9, "counts are integers");
        }
        double m = rate * 60;
        assertEquals(m, mean(counts), 4 * Math.sqrt(m / n));
        double dispersion = variance(counts) / mean(counts);
        // the sample variance ratio of a Poisson sample has sd ≈ sqrt(2/(n−1)) (plus 1/m skew term)
        assertEquals(1.0, dispersion, 4 * Math.sqrt(2.0 / (n - 1) + 1 / (m * n)));
    }

    @Test
    void poissonZeroCountShareMatchesExpMinusMean() {
        int n = 20 * DAY;
        double[] r = series(factory(9, n, "poisson", Map.of("rate", 0.05)).signature(tenant("b")), n);
        long zeros = 0;
        for (double v : r) {
            zeros += v == 0 ? 1 : 0;
        }
        double p0 = Math.exp(-3.0);
        assertEquals(p0 * n, zeros, 4 * Math.sqrt(n * p0 * (1 - p0)));
    }

    @Test
    void diurnalHasMeanOneAndPeaksAtTheLocalPeakHour() {
        // eu-central-1 is UTC+1: a local 14:00 peak is at 13:00 UTC; minute 0 is Monday 00:00 UTC.
        Signature s = factory(1, DAY, "constant", Map.of("rate", 1.0), "diurnal", Map.of("amplitude", 0.6, "peakHour", 14))
                .signature(tenant("a", 0, "eu-central-1", 1));
        double[] r = series(s, DAY);
        assertEquals(1.0, mean(r), 1e-9);
        int argMax = 0;
        for (int i = 0; i < DAY; i++) {
            argMax = r[i] > r[argMax] ? i : argMax;
        }
        assertEquals(13 * 60, argMax);
        assertEquals(1.6, r[argMax], 1e-12);
        assertEquals(0.4, r[1 * 60], 1e-12, "trough 12 h after the peak");
    }

    @Test
    void diurnalTimeZoneSpreadShiftsTenantsDifferently() {
        SignatureFactory f = factory(3, DAY, "constant", Map.of("rate", 1.0),
                "diurnal", Map.of("tzSpreadHours", 12));
        int a = argMax(series(f.signature(tenant("a")), DAY));
        int b = argMax(series(f.signature(tenant("b")), DAY));
        assertTrue(a != b, "two tenants with a 12 h spread peak at different minutes");
    }

    @Test
    void weeklyHasMeanOneWeekendLevelAndMondayMorningPeak() {
        Signature s = factory(1, 7 * DAY, "constant", Map.of("rate", 1.0), "weekly", Map.of())
                .signature(tenant("a", 0, "eu-west-1", 1));
        double[] r = series(s, 7 * DAY);
        assertEquals(1.0, mean(r), 1e-9);
        double tuesday = r[DAY + 600];
        assertEquals(0.4, r[5 * DAY + 600] / tuesday, 1e-12, "Saturday / Tuesday = weekendLevel");
        assertEquals(1.6, r[9 * 60] / tuesday, 1e-12, "Monday 09:00 / Tuesday = mondayPeak");
        assertEquals(1.0, r[12 * 60] / tuesday, 1e-12, "Monday noon is an ordinary weekday");
    }

    @Test
    void burstyMmpHasTheStationaryBurstShareMeanOneAndMeanBurstLength() {
        int n = 300 * DAY;
        BurstyGenerator g = new BurstyGenerator(new GeneratorParams("bursty", Map.of()));
        Signature s = factory(11, n, "constant", Map.of("rate", 1.0), "bursty", Map.of()).signature(tenant("a"));
        double[] r = series(s, n);
        long burstMinutes = 0;
        long bursts = 0;
        for (int i = 0; i < n; i++) {
            boolean on = r[i] > 1;
            burstMinutes += on ? 1 : 0;
            bursts += on && (i == 0 || r[i - 1] <= 1) ? 1 : 0;
        }
        double share = (double) burstMinutes / n;
        // about 900 bursts: relative error of the share ≈ 1/√900 × √2 (length and count both vary)
        assertEquals(g.burstShare(), share, 0.15 * g.burstShare());
        assertEquals(1.0, mean(r), 0.15 * (6 * g.calmFactor() - 1) * g.burstShare() + 1e-9);
        // runs cut at midnight are slightly shorter than the geometric mean 10
        assertEquals(10.0, (double) burstMinutes / bursts, 1.2);
    }

    @Test
    void burstyWithPoissonCountsHasTheMmppIndexOfDispersion() {
        int n = 300 * DAY;
        double rate = 1.0;
        BurstyGenerator g = new BurstyGenerator(new GeneratorParams("bursty", Map.of()));
        Signature s = factory(12, n, "poisson", Map.of("rate", rate), "bursty", Map.of()).signature(tenant("a"));
        double[] r = series(s, n);
        double[] counts = new double[n];
        for (int i = 0; i < n; i++) {
            counts[i] = r[i] * 60;
        }
        double pi = g.burstShare();
        double c = g.calmFactor();
        double varFactor = pi * (1 - pi) * Math.pow(6 * c - c, 2);
        double theory = 1 + 60 * rate * varFactor; // Var(N)/E(N) = 1 + Var(Λ)/E(Λ), Λ = 60·rate·factor
        double observed = variance(counts) / mean(counts);
        assertEquals(theory, observed, 0.15 * theory);
        assertTrue(observed > 5, "bursty traffic is overdispersed: " + observed);
    }

    @Test
    void ciBurstsCorrelateTenantsOfOneGroupAndNotOfDifferentGroups() {
        int n = 60 * DAY;
        SignatureFactory f = factory(5, n, "constant", Map.of("rate", 1.0), "ci-bursts", Map.of("groups", 4));
        CiBurstsGenerator g = new CiBurstsGenerator(new GeneratorParams("ci-bursts", Map.of("groups", 4)));
        String first = "t0";
        int group0 = g.groupOf(ctx(first, n));
        String same = null;
        String other = null;
        for (int i = 1; i < 100 && (same == null || other == null); i++) {
            int gi = g.groupOf(ctx("t" + i, n));
            if (gi == group0 && same == null) {
                same = "t" + i;
            } else if (gi != group0 && other == null) {
                other = "t" + i;
            }
        }
        double[] a = series(f.signature(tenant(first)), n);
        double[] b = series(f.signature(tenant(same)), n);
        double[] c = series(f.signature(tenant(other)), n);
        assertEquals(1.0, correlation(a, b), 1e-9, "participation 1: the same group spikes together");
        // independent groups: |r| below 4/√(number of bursts) as a conservative bound (≈ 240 bursts)
        assertTrue(Math.abs(correlation(a, c)) < 4 / Math.sqrt(240), "other group r = " + correlation(a, c));
        assertEquals(1.0, mean(a), 0.1);
        long in = 0;
        for (double v : a) {
            in += v > 1 ? 1 : 0;
        }
        assertEquals(g.burstShare(), (double) in / n, 0.15 * g.burstShare());
    }

    @Test
    void ciBurstParticipationBelowOneGivesPartialCorrelation() {
        int n = 60 * DAY;
        Map<String, ?> p = Map.of("groups", 1, "participation", 0.5);
        SignatureFactory f = factory(5, n, "constant", Map.of("rate", 1.0), "ci-bursts", p);
        double r = correlation(series(f.signature(tenant("x")), n), series(f.signature(tenant("y")), n));
        assertTrue(r > 0.2 && r < 0.8, "r = " + r);
    }

    @Test
    void growthReachesItsFactorAtTheEndOfTheHorizon() {
        int h = 90 * DAY;
        Signature exp = factory(1, h, "constant", Map.of("rate", 1.0), "growth", Map.of("factor", 50)).signature(tenant("a"));
        assertEquals(50.0, exp.rate(h), 1e-9 * 50);
        assertEquals(Math.sqrt(50), exp.rate(h / 2), 1e-9);
        double[] r = new double[h];
        exp.fillRates(0, r);
        assertEquals(Math.pow(50, (h - 1.0) / h), r[h - 1], 1e-6, "batch fill agrees with random access");
        Signature lin = factory(1, h, "constant", Map.of("rate", 1.0), "growth", Map.of("shape", "linear")).signature(tenant("a"));
        assertEquals(25.5, lin.rate(h / 2), 1e-9);
    }

    @Test
    void growthShareSelectsAboutThatFractionOfTenants() {
        SignatureFactory f = factory(1, 100, "constant", Map.of("rate", 1.0), "growth", Map.of("share", 0.2));
        int grown = 0;
        int n = 2000;
        for (int i = 0; i < n; i++) {
            grown += f.signature(tenant("t" + i)).rate(99) > 1 ? 1 : 0;
        }
        assertEquals(0.2 * n, grown, 4 * Math.sqrt(n * 0.2 * 0.8));
    }

    @Test
    void heavyTailedJobsHaveTheirRateAndParetoTail() {
        int days = 2000;
        Signature s = factory(3, days * DAY, "heavy-tailed-jobs", Map.of()).signature(tenant("a"));
        List<ScheduledJob> jobs = s.jobs(0, days * DAY);
        assertEquals(2.0 * days, jobs.size(), 4 * Math.sqrt(2.0 * days));
        long over10 = jobs.stream().filter(j -> j.rows() > 1e6).count();
        double p = Math.pow(10, -1.5);
        assertEquals(p * jobs.size(), over10, 4 * Math.sqrt(jobs.size() * p * (1 - p)));
        // Hill / maximum-likelihood estimator of alpha: n / Σ ln(x / xmin), sd ≈ alpha/√n
        double sumLog = 0;
        for (ScheduledJob j : jobs) {
            sumLog += Math.log(j.rows() / 1e5);
        }
        double alpha = jobs.size() / sumLog;
        assertEquals(1.5, alpha, 4 * 1.5 / Math.sqrt(jobs.size()));
        for (int i = 1; i < jobs.size(); i++) {
            assertTrue(jobs.get(i).startSecond() >= jobs.get(i - 1).startSecond(), "jobs are ordered");
        }
        assertEquals(jobs.subList(0, 10), s.jobs(0, (int) (jobs.get(9).startSecond() / 60) + 1).subList(0, 10),
                "a window sees the same jobs as the whole horizon");
    }

    @Test
    void scheduledExportHoldsItsConnectionsForItsDuration() {
        Signature s = factory(1, 2 * DAY, "scheduled-job",
                Map.of("atMinute", 642, "tenants", List.of("megacorp"))).signature(tenant("megacorp"));
        List<ScheduledJob> jobs = s.jobs(0, 2 * DAY);
        assertEquals(List.of(new ScheduledJob(642 * 60, "export", 2.1e9, 1850, 47 * 60)), jobs);
        Signature other = factory(1, 2 * DAY, "scheduled-job",
                Map.of("atMinute", 642, "tenants", List.of("megacorp"))).signature(tenant("acme"));
        assertTrue(other.jobs(0, 2 * DAY).isEmpty());
        Signature recurring = factory(1, 10 * DAY, "scheduled-job", Map.of("atMinute", 60, "everyMinutes", DAY))
                .signature(tenant("a"));
        assertEquals(10, recurring.jobs(0, 10 * DAY).size());
        assertEquals(3, recurring.jobs(DAY, 4 * DAY).size());
        assertEquals(DAY * 60L + 3600, recurring.jobs(DAY, 4 * DAY).get(0).startSecond());
    }

    @Test
    void scheduledJobAtAClockTimeStartsThatManyMinutesAfterTheHorizonStart() {
        // horizon starts Monday 2025-03-17 10:00 UTC; "10:42" is minute 42, "09:00" is minute 1,380
        SignatureFactory f = SignatureFactory.builder(1, 2 * DAY).start(java.time.Instant.parse("2025-03-17T10:00:00Z"))
                .generators(List.of(Fixtures.REGISTRY.create("scheduled-job", Map.of("at", "10:42")),
                        Fixtures.REGISTRY.create("scheduled-job", Map.of("at", "09:00", "kind", "report")))).build();
        List<ScheduledJob> jobs = f.signature(tenant("megacorp")).jobs(0, 2 * DAY);
        assertEquals(42 * 60L, jobs.get(0).startSecond());
        assertEquals(1380 * 60L, jobs.get(1).startSecond());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Fixtures.REGISTRY.create("scheduled-job", Map.of("at", "25:00")));
        assertEquals("generators.scheduled-job.at (25:00) must be a UTC clock time HH:MM", e.getMessage());
    }

    private static int argMax(double[] r) {
        int a = 0;
        for (int i = 0; i < r.length; i++) {
            a = r[i] > r[a] ? i : a;
        }
        return a;
    }

    private static TenantContext ctx(String id, int n) {
        return new TenantContext(5, tenant(id), n, 0, 0);
    }
}
