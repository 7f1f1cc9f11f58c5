package dev.tenantsim.scenario.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.sla.Availability;
import dev.tenantsim.cost.sla.CreditSchedule;
import dev.tenantsim.engine.platform.metrics.AggressorRule;
import dev.tenantsim.engine.platform.metrics.Measurements;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.TenantResult;
import dev.tenantsim.report.model.TierResult;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.runner.fluid.FluidRunner;
import dev.tenantsim.scenario.runner.model.ScenarioModel;
import dev.tenantsim.scenario.runner.model.ScenarioModels;
import dev.tenantsim.workload.TenantProfile;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every runner reports the same definitions (docs/metrics.md) on one scenario: load shares per
 * stack sum to 1, the tier error rate is failed / (completed + failed) of its tenants' rows, the
 * aggressor is {@link AggressorRule}'s, SLA credits are the scenario's schedules applied to each
 * replication's availability, and the showback is there and sums, with the platform line, to the
 * bill. A runner is one line of {@link #runners()}: its name and how it yields a
 * {@link MeasuredOutcome} for the scenario (its outcome and the measurements it was built from).
 */
final class RunnerContractTest {
    /**
     * Two shared cells and an enterprise cell, 1 h: a horizon both passes can take. bigco's traffic
     * keeps its cell's app tier near saturation, which both passes see (the fluid pass does not
     * model background jobs, so the export alone would show only on the request-level pass), and
     * free's rate limit rejects the busiest free tenants on both.
     */
    static final String SCENARIO = """
            name: contract
            description: Two shared cells and an enterprise cell; one pro tenant's traffic and export load its cell.
            seed: 7
            horizon: { start: 2025-01-06T00:00Z, length: 1h, step: 1m }
            replications: 2
            tiers:
              free:       { slo: { p99: 500ms, errorBudget: 1% },  monthlyFee: 0 }
              pro:        { slo: { p99: 200ms, errorBudget: 1%, availability: 99.5% }, monthlyFee: 400 }
              enterprise: { slo: { p99: 100ms, errorBudget: 0.1%, availability: 99.9% }, monthlyFee: 12000 }
            tenants:
              generate:
                count: 40
                mix: { free: 60%, pro: 30%, enterprise: 10% }
                users: { mean: 50, max: 400, shape: lognormal }
                requestsPerUserPerMinute: 5
                pattern: poisson
              explicit:
                - id: bigco
                  tier: pro
                  users: 3000
                  data: 200GB
                  jobs:
                    - { kind: export, at: "00:20", connections: 40, queryTime: 5min }
            request:
              appCpu: { dist: lognormal, mean: 7ms, cv: 1.5 }
              dbCpu:  { dist: lognormal, mean: 3ms, cv: 2 }
              dbIo:   { dist: exponential, mean: 2ops }
            topology:
              cells:
                shared:     { count: 2, tiers: [ free, pro ], app: { nodes: 1, coresPerNode: 2 }, db: { maxConnections: 100, cores: 4, iops: 3000 } }
                enterprise: { count: 1, tiers: [ enterprise ], app: { nodes: 1, coresPerNode: 4 }, db: { maxConnections: 100, cores: 4, iops: 3000 } }
            controls:
              rateLimit: { free: 1/s }
            costs:
              slaCredits: { pro: "50% below 99.99%, 10% below 99.999%", enterprise: "25% below 99.999%" }
            report:
              windows: [ { from: "00:15", to: "00:40", label: export } ]
            """;

    /** A pass under contract: the scenario, seed and replications to its measured outcome. */
    @FunctionalInterface
    interface Pass {
        MeasuredOutcome run(Scenario s, long seed, int replications);
    }

    private static final Map<String, MeasuredOutcome> RUNS = new ConcurrentHashMap<>();

    static Stream<Arguments> runners() {
        return Stream.of(
                Arguments.of("request-level", (Pass) (s, seed, reps) ->
                        new PlatformRunner(2, 0).runMeasured(s, seed, reps, RunProgress.NONE)),
                Arguments.of("fluid pass + request-level windows", (Pass) (s, seed, reps) -> {
                    FluidRunner.QuarterOutcome q = new FluidRunner().runDetailed(s, seed, reps, RunProgress.NONE);
                    return new MeasuredOutcome(q.outcome(), List.of(q.measurements()));
                }));
    }

    private static Scenario scenario() {
        return ScenarioLoader.parse(SCENARIO, "contract.yaml", Path.of("."));
    }

    private static MeasuredOutcome run(String name, Pass pass) {
        return RUNS.computeIfAbsent(name, x -> {
            Scenario s = scenario();
            return pass.run(s, s.seed(), s.replications());
        });
    }

    private static double failed(TenantResult t) {
        double s = 0;
        for (double v : t.errorsByCause().values()) {
            s += v;
        }
        return s;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runners")
    void loadSharesOfEachStackSumToOne(String name, Pass pass) {
        RunOutcome o = run(name, pass).outcome();
        Map<String, Double> byStack = new LinkedHashMap<>();
        for (TenantResult t : o.tenants()) {
            byStack.merge(t.stack(), t.loadShare(), Double::sum);
        }
        assertEquals(3, byStack.size(), "every stack has tenants: " + byStack);
        byStack.forEach((stack, sum) -> assertEquals(1.0, sum, 1e-9, name + ": load shares on " + stack));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runners")
    void theErrorRateIsFailedOverCompletedPlusFailedForTenantsAndTiers(String name, Pass pass) {
        RunOutcome o = run(name, pass).outcome();
        boolean anyErrors = false;
        for (TenantResult t : o.tenants()) {
            double failed = failed(t);
            double expected = t.completedRequests() + failed > 0 ? failed / (t.completedRequests() + failed) : 0;
            assertEquals(expected, t.errorRate(), 1e-9, name + ": error rate of " + t.id());
        }
        for (TierResult tier : o.tiers()) {
            double failed = 0;
            double completed = 0;
            double offered = 0;
            for (TenantResult t : o.tenants()) {
                if (t.tier().equals(tier.tier())) {
                    failed += failed(t);
                    completed += t.completedRequests();
                    offered += t.offeredRequests();
                }
            }
            anyErrors |= failed > 0;
            assertEquals(completed + failed > 0 ? failed / (completed + failed) : 0, tier.errorRate(), 1e-12,
                    name + ": error rate of tier " + tier.tier());
            assertEquals(offered, tier.offeredRequests(), 1e-6 * Math.max(1, offered), name + ": offered of " + tier.tier());
            assertEquals(completed, tier.completedRequests(), 1e-6 * Math.max(1, completed), name + ": completed of " + tier.tier());
        }
        assertTrue(anyErrors, name + ": the rate limit on free rejects requests, so the definition is exercised");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runners")
    void theAggressorIsTheOneRulesAndSitsOnASharedStack(String name, Pass pass) {
        MeasuredOutcome m = run(name, pass);
        int rule = AggressorRule.of(m.measurements());
        assertTrue(rule >= 0, name + ": bigco makes an aggressor");
        String id = m.measurements().get(0).tenant(rule).id();
        assertEquals(id, m.outcome().blastRadius().aggressor(), name + ": the report names the rule's aggressor");
        String stack = m.outcome().tenants().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow().stack();
        assertTrue(m.outcome().tenants().stream().filter(t -> t.stack().equals(stack)).count() > 1,
                name + ": a tenant alone on its stack is never the aggressor");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runners")
    void slaCreditsAreTheScenariosSchedulesAppliedToEachReplicationsAvailability(String name, Pass pass) {
        MeasuredOutcome m = run(name, pass);
        Scenario s = scenario();
        ScenarioModel model = ScenarioModels.forRequestLevel(s, s.seed());
        long total = 0;
        for (Measurements r : m.measurements()) {
            long month = Math.max(r.minutes(), Availability.MINUTES_PER_30_DAYS); // the span is the month's incident
            for (int i = 0; i < r.tenantCount(); i++) {
                TenantProfile p = model.workload().tenant(i);
                String schedule = s.costs().slaCredits().get(p.tier());
                CreditSchedule c = schedule == null ? CreditSchedule.none() : CreditSchedule.parse(schedule);
                total += c.credit(Money.of(p.monthlyRevenue()), new Availability(r.tenant(i).violationMinuteCount(), month)).micros();
            }
        }
        BigDecimal expected = Money.ofMicros(Math.round((double) total / m.measurements().size())).toBigDecimal();
        BigDecimal credits = m.outcome().cost().slaCredits();
        assertTrue(credits.signum() > 0, name + ": the schedules pay credits here: " + credits);
        assertTrue(expected.subtract(credits).abs().compareTo(new BigDecimal("0.01")) <= 0,
                name + ": credits " + credits + " = the schedules' " + expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runners")
    void showbackIsPresentAndSumsWithThePlatformLineToTheBill(String name, Pass pass) {
        RunOutcome o = run(name, pass).outcome();
        BigDecimal sum = o.cost().platformShowback();
        assertNotNull(sum, name + ": platform line");
        for (TenantResult t : o.tenants()) {
            assertNotNull(t.showback(), name + ": showback of " + t.id());
            sum = sum.add(t.showback());
        }
        assertEquals(0, o.cost().monthlyBill().compareTo(sum), name + ": showback " + sum + " vs bill " + o.cost().monthlyBill());
        BigDecimal tiers = BigDecimal.ZERO;
        for (TierResult tier : o.tiers()) {
            assertNotNull(tier.showback(), name + ": showback of tier " + tier.tier());
            tiers = tiers.add(tier.showback());
        }
        assertEquals(0, tiers.add(o.cost().platformShowback()).compareTo(o.cost().monthlyBill()), name + ": tiers' showback");
        assertFalse(o.tenants().isEmpty());
    }
}
