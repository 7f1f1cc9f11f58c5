package dev.tenantsim.scenario.bundled;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.StackResult;
import dev.tenantsim.report.model.TierResult;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.runner.PlatformRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The validation table of {@code instance-consolidation} against its source (issue 11): each row
 * is a figure the source publishes, the simulated value, its band and whether it is in band. Every
 * row asserts the direction; a row whose band the scenario cannot yet meet honestly is marked
 * "not met" with the reason (docs/VALIDATION.md), and the test fails if such a row starts meeting
 * its band unnoticed or if a met row leaves it. The scenario's own settings, both replications.
 */
final class InstanceConsolidationValidationTest {
    static RunOutcome before;
    static RunOutcome after;

    /** One row: a published figure before/after, the simulated pair, the band as a ratio bound. */
    record Figure(String name, double publishedBefore, double publishedAfter, double simulatedBefore, double simulatedAfter,
                  String band, boolean inBand, String whyNot) {
        boolean directionAgrees() {
            return Math.signum(publishedAfter - publishedBefore) == Math.signum(simulatedAfter - simulatedBefore);
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %s -> %s | %s -> %s | %s | %s | %s |", name, fmt(publishedBefore),
                    fmt(publishedAfter), fmt(simulatedBefore), fmt(simulatedAfter), band, directionAgrees() ? "yes" : "no",
                    inBand ? "yes" : "not met: " + whyNot);
        }

        static String fmt(double v) {
            return v >= 1000 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
        }
    }

    @BeforeAll
    static void run() {
        Scenario s = ScenarioLoader.resolve("instance-consolidation");
        before = new PlatformRunner().run(s, s.seed(), s.replications(), RunProgress.NONE);
        Scenario c = s.variant("consolidated");
        after = new PlatformRunner().run(c, c.seed(), c.replications(), RunProgress.NONE);
    }

    static TierResult standard(RunOutcome o) {
        return o.tiers().stream().filter(t -> t.tier().equals("standard")).findFirst().orElseThrow();
    }

    /** Core-weighted mean app-CPU utilization over every stack, as a percentage. */
    static double appUtilization(RunOutcome o) {
        double busy = 0;
        double cores = 0;
        for (StackResult st : o.stacks()) {
            List<Double> u = st.utilizationByResource().get("app-cpu");
            double mean = u.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            busy += mean * st.servers();
            cores += st.servers();
        }
        return 100 * busy / cores;
    }

    static boolean withinFactor(double published, double simulated, double factor) {
        return simulated >= published / factor && simulated <= published * factor;
    }

    static List<Figure> table() {
        List<Figure> rows = new ArrayList<>();
        double bill0 = before.cost().monthlyBill().doubleValue();
        double bill1 = after.cost().monthlyBill().doubleValue();
        rows.add(new Figure("monthly bill, USD (line items; published after: 10,000)", 45_000, 9_000, bill0, bill1, "exact",
                bill0 == 45_000 && bill1 == 9_000, ""));
        TierResult s0 = standard(before);
        TierResult s1 = standard(after);
        double[][] lat = {{250, 120, s0.latency().p50Ms(), s1.latency().p50Ms()}, {800, 350, s0.latency().p95Ms(), s1.latency().p95Ms()},
                {1500, 600, s0.latency().p99Ms(), s1.latency().p99Ms()}};
        String[] names = {"API p50, ms", "API p95, ms", "API p99, ms"};
        for (int i = 0; i < 3; i++) {
            double[] r = lat[i];
            boolean in = withinFactor(r[0], r[2], 1.5) && withinFactor(r[1], r[3], 1.5);
            rows.add(new Figure(names[i], r[0], r[1], r[2], r[3], "each within x1.5", in,
                    "the scenario's work per request (60 ms app CPU, 5 ms DB CPU) is sized for latency tens of ms; the"
                            + " source's hundreds of ms come from per-instance cache misses the scenario does not model yet"));
        }
        double u0 = appUtilization(before);
        double u1 = appUtilization(after);
        rows.add(new Figure("utilization, % (app CPU, core-weighted mean)", 20, 70, u0, u1, "within 10 points",
                Math.abs(u0 - 20) <= 10 && Math.abs(u1 - 70) <= 10,
                "the request rate (0.5 requests/user/minute, stated as plausible) loads the 48-core pool lightly; the pool"
                        + " is the source's six billed m5.2xlarge, not size: auto"));
        return rows;
    }

    @Test
    void everyPublishedFigureMovesInTheSourcesDirectionAndMetRowsStayInBand() {
        List<Figure> rows = table();
        System.out.println("| figure | published | simulated | band | direction agrees | in band |");
        System.out.println("|---|---|---|---|---|---|");
        rows.forEach(r -> System.out.println(r.row()));
        for (Figure r : rows) {
            assertTrue(r.directionAgrees(), "direction: " + r.row());
        }
        // the rows the scenario meets today; a row leaving its band fails here
        assertTrue(rows.get(0).inBand(), rows.get(0).row());
        // the rows marked "not met" in docs/VALIDATION.md: if one starts meeting its band, update the table
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(!rows.get(i).inBand(), "now in band, update docs/VALIDATION.md: " + rows.get(i).row());
        }
    }
}
