package dev.tenantsim.scenario.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.model.Fidelity;
import dev.tenantsim.scenario.model.Horizon;
import dev.tenantsim.scenario.runner.model.RequestSpan;
import dev.tenantsim.scenario.runner.model.ScenarioModel;
import dev.tenantsim.scenario.runner.model.ScenarioModels;
import dev.tenantsim.workload.Signature;
import dev.tenantsim.workload.TenantProfile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The estimate of a request-level run: its request count (tenants x rates x span) and the time and heap from it. */
final class RequestLevelEstimateTest {
    static Scenario withHorizon(Scenario s, Duration length, Fidelity f) {
        return new Scenario(s.name(), s.description(), s.seed(), new Horizon(s.horizon().start(), length, s.horizon().step(), f),
                s.replications(), s.tiers(), s.tenants(), s.request(), s.topology(), s.placement(), s.controls(), s.report(),
                s.priceBook(), s.costs(), s.variants());
    }

    @Test
    void quickstartExpectsItsUsersTimesTheirRateTimesTheHorizon() {
        Scenario s = ScenarioLoader.resolve("quickstart");
        long users = 0;
        for (TenantProfile p : ScenarioModels.forRequestLevel(s, s.seed()).workload().population().tenants()) {
            users += p.users();
        }
        RequestLevelEstimate e = RequestLevelEstimate.of(s, s.seed(), 2, 1);
        assertEquals(41, e.tenants());
        assertEquals(1, e.stacks());
        assertEquals(60, e.minutes());
        assertEquals(users * 5.0 * 60, e.requests(), users * 5.0 * 60 * 1e-9, "5 requests per user per minute, 60 minutes");
        double oneReplication = RequestLevelEstimate.of(s, s.seed(), 1, 1).seconds();
        assertEquals(2 * oneReplication, e.seconds(), 1e-9 * e.seconds());
        assertTrue(e.seconds() > e.requests() * RequestLevelEstimate.NANOS_PER_REQUEST / 1e9, "solo runs come on top");
        assertTrue(e.heapBytes() > RequestLevelEstimate.of(s, s.seed(), 1, 1).heapBytes());
    }

    @Test
    void fidelityRequestCountsTheWholeHorizonWhereAutoCountsTheWindows() {
        Scenario base = ScenarioLoader.resolve("quickstart");
        RequestLevelEstimate hour = RequestLevelEstimate.of(base, base.seed(), 1, 1);
        RequestLevelEstimate request = RequestLevelEstimate.of(withHorizon(base, Duration.ofHours(8), Fidelity.REQUEST), base.seed(), 1, 1);
        RequestLevelEstimate auto = RequestLevelEstimate.of(withHorizon(base, Duration.ofHours(8), Fidelity.AUTO), base.seed(), 1, 1);
        assertEquals(480, request.minutes());
        assertEquals(8 * hour.requests(), request.requests(), 1e-6 * request.requests());
        assertEquals(20, auto.minutes(), "auto simulates the export window (00:25-00:45) of a horizon over 4 h");
        assertTrue(request.seconds() > 7 * hour.seconds() && request.heapBytes() > hour.heapBytes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"poisson", "diurnal", "bursty", "weekly", "growth"})
    void aLongSpanIsCountedFromSampledDaysWithinAFewPercent(String pattern) {
        String yaml = """
                name: long
                seed: 7
                horizon: { length: 45d, fidelity: request }
                tiers:
                  pro: { slo: { p99: 200ms }, monthlyFee: 400 }
                tenants:
                  generate: { count: 6, mix: { pro: 100%% }, users: { mean: 50 }, requestsPerUserPerMinute: 2, pattern: %s }
                request:
                  appCpu: { dist: lognormal, mean: 5ms }
                topology:
                  pooled: { app: { nodes: 1, coresPerNode: 4 } }
                """.formatted(pattern);
        Scenario s = ScenarioLoader.parse(yaml, "long.yaml", Path.of("."));
        ScenarioModel model = ScenarioModels.forRequestLevel(s, s.seed());
        RequestSpan span = RequestSpans.of(s, new ArrayList<>());
        assertEquals(45 * 1440, span.minutes());
        for (int t = 0; t < model.tenantCount(); t++) {
            Signature sig = model.workload().signature(t);
            double exact = 0;
            double[] day = new double[1440];
            for (int d = 0; d < 45; d++) {
                sig.fillRates(d * 1440, day);
                for (double r : day) {
                    exact += r * 60;
                }
            }
            double sampled = RequestLevelEstimate.requests(sig, span);
            // 4%: a bursty day's count varies; a weekly pattern's 45 days are not whole weeks; growth's
            // sampled days move by up to three days to cover every weekday. Far finer than the time per request.
            assertEquals(exact, sampled, 0.04 * exact, pattern + " tenant " + t);
        }
    }

    @Test
    void theFullHorizonOfFidelityRequestIsNoted() {
        Scenario s = withHorizon(ScenarioLoader.resolve("quickstart"), Duration.ofHours(8), Fidelity.REQUEST);
        List<String> notes = new ArrayList<>();
        RequestSpan span = RequestSpans.of(s, notes);
        assertEquals(new RequestSpan(0, 480), span);
        assertEquals(List.of("Fidelity request: all 480 min of the horizon were simulated request by request."), notes);
    }
}
