package dev.tenantsim.scenario.bundled;

import static dev.tenantsim.scenario.bundled.ControlRuns.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.report.model.ClassResult;
import dev.tenantsim.report.model.DataTierResult;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled {@code mechanisms-classes} scenario: analytics on the OLTP primary slows crud and
 * times out; one line ({@code route: analytics}) moves it to its own store and crud's p99 falls;
 * on the replica the lag is reported; an export's shared locks make crud's writes wait and time out.
 */
final class MechanismsClassesScenarioTest {
    private static final Scenario SCENARIO = ScenarioLoader.resolve("mechanisms-classes");

    private static ClassResult cls(RunOutcome o, String name) {
        return o.classes().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static double errors(ClassResult c, String cause) {
        return c.errorsByCause().getOrDefault(cause, 0.0);
    }

    @Test
    void movingAnalyticsOffThePrimaryCutsCrudsP99AndItsTimeouts() {
        RunOutcome base = run(SCENARIO);
        RunOutcome off = run(SCENARIO.variant("analytics-off-primary"));
        double p99 = cls(base, "crud").latency().p99Ms();
        double p99Off = cls(off, "crud").latency().p99Ms();
        System.out.printf("mechanisms-classes: crud p99 %.1f ms with analytics on the primary, %.1f ms off it; analytics timeouts %.0f -> %.0f%n",
                p99, p99Off, errors(cls(base, "analytics"), "client-timeout"), errors(cls(off, "analytics"), "client-timeout"));
        // Primary ~80% busy with analytics (66/s x (0.9 x 2 ms + 0.1 x 250 ms) over 2 cores), ~6% without.
        assertTrue(p99Off < 0.5 * p99, "crud's p99 at least halves: " + p99 + " -> " + p99Off);
        assertEquals("analytics", cls(off, "analytics").route());
        assertTrue(errors(cls(base, "analytics"), "client-timeout") > 0.05 * cls(base, "analytics").completedRequests(),
                "on the saturated primary analytics outlives its 3 s client timeout");
        assertEquals(0.0, errors(cls(off, "analytics"), "client-timeout"), "on its own 8-core store it does not");
        assertEquals(cls(base, "crud").completedRequests(), cls(off, "crud").completedRequests(), 1.0,
                "the same crud requests in both (common random numbers)");
    }

    @Test
    void theClassAndDataTierRowsSurviveResultsJson(@TempDir Path dir) throws java.io.IOException {
        RunOutcome o = run(SCENARIO.variant("export-locks"));
        Path file = dir.resolve("results.json");
        dev.tenantsim.report.json.ResultsJson.write(o, file);
        RunOutcome back = dev.tenantsim.report.json.ResultsJson.read(file).outcome();
        assertEquals(o.classes(), back.classes());
        assertEquals(o.dataTier(), back.dataTier());
        assertEquals(2, o.classes().size());
    }

    @Test
    void onTheReplicaAnalyticsLeavesThePrimaryAndTheLagIsReported() {
        RunOutcome replica = run(SCENARIO.variant("analytics-on-replica"));
        DataTierResult d = replica.dataTier().get(0);
        System.out.printf("analytics-on-replica: crud p99 %.1f ms; replica lag mean %.1f ms, p99 %.1f ms over %.0f writes%n",
                cls(replica, "crud").latency().p99Ms(), d.meanReplicaLagMs(), d.p99ReplicaLagMs(), d.replicated());
        assertEquals("replica", cls(replica, "analytics").route());
        assertTrue(cls(replica, "crud").latency().p99Ms() < 0.5 * cls(run(SCENARIO), "crud").latency().p99Ms());
        // 20 ms stated + a lightly loaded apply thread (11.9 writes/s x ~3 ms of DB time each).
        assertTrue(d.meanReplicaLagMs() > 20 && d.meanReplicaLagMs() < 30, "lag = stated 20 ms + apply: " + d.meanReplicaLagMs());
        assertEquals(d.writes(), d.replicated(), 0.0, "every committed write is applied");
    }

    @Test
    void writesWaitBehindTheExportsSharedLocksAndTimeOut() {
        RunOutcome off = run(SCENARIO.variant("analytics-off-primary"));
        RunOutcome locks = run(SCENARIO.variant("export-locks"));
        DataTierResult d = locks.dataTier().get(0);
        System.out.printf("export-locks: %.0f of %.0f writes waited, %.0f timed out, mean wait %.0f ms; crud errors %s%n",
                d.lockWaited(), d.writes(), d.lockTimeouts(), d.meanLockWaitMs(), cls(locks, "crud").errorsByCause());
        assertEquals(0.0, off.dataTier().get(0).lockWaited(), "no locks, no waits");
        // 11.9 writes/s while the 60 s export runs wait; those arriving more than 10 s before its end time out.
        double rate = d.writes() / 600;
        assertEquals(rate * 60, d.lockWaited(), 0.25 * rate * 60);
        assertEquals(rate * 50, d.lockTimeouts(), 0.25 * rate * 50);
        assertEquals(d.lockTimeouts(), errors(cls(locks, "crud"), "lock-timeout"), 0.0, "each is a crud error");
        assertTrue(d.meanLockWaitMs() > 7_000 && d.meanLockWaitMs() <= 10_000, "most waiters wait the whole 10 s: " + d.meanLockWaitMs());
    }
}
