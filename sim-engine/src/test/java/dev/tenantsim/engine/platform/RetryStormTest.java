package dev.tenantsim.engine.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.workload.RequestWork;
import dev.tenantsim.workload.WorkDistribution;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 4, "what it must show" 4: retry storms. Ten tenants share an app tier of 4 cores (10 ms of
 * CPU per request: 400 req/s of capacity) at 60 req/s in total (15% busy), except minute 2 when
 * they send 500 req/s. Clients time out after 1 s; the server keeps working on abandoned attempts
 * (orphans), so once the accept queue holds more than a second of work every attempt is wasted.
 * Naive clients retry at once, up to 10 attempts: at 10 x 60 = 600 attempts/s the storm outlives
 * the overload. Careful clients retry at most twice with exponential backoff (0.1 s base, 5 s cap)
 * and full jitter: at most 3 x 60 = 180 attempts/s, so the backlog drains once the overload ends.
 */
final class RetryStormTest {
    private static final int TENANTS = 10;
    private static final double HORIZON = 15 * 60;
    private static final int OVERLOAD_END_MINUTE = 3;

    private static Results run(RetryPolicy policy) {
        StackSpec stack = Fixtures.stack("shared", 4, 64, 200, 16, 100_000, 64, 1, "fifo");
        RequestWork work = new RequestWork(WorkDistribution.exponential(0.010), WorkDistribution.ZERO, WorkDistribution.ZERO);
        List<TenantLoad> tenants = new ArrayList<>();
        for (int i = 0; i < TENANTS; i++) {
            tenants.add(TenantLoad.of("t" + i, 0, 1, new RateProfile(new double[] {6, 6, 50, 6}), work));
        }
        Controls controls = Controls.builder(new int[TENANTS]).clientForAll(1.0, policy).build();
        return PlatformSimulator.run(new PlatformScenario(tenants, Topology.pooled(stack, TENANTS), controls,
                SloPolicy.uniform(TENANTS, 0.25, 0.01), HORIZON), RandomStreams.of(4));
    }

    /** Minutes after the overload until the accept queue is back to (nearly) empty; the horizon if never. */
    private static int recoveryMinutes(Results r) {
        double[] queue = r.stacks().get(0).series(SimulatedStack.Series.APP_QUEUE_LENGTH);
        for (int m = OVERLOAD_END_MINUTE; m < queue.length; m++) {
            if (queue[m] < 1.0) {
                return m - OVERLOAD_END_MINUTE;
            }
        }
        return queue.length - OVERLOAD_END_MINUTE;
    }

    @Test
    void naiveRetriesMakeMoreLoadAndRecoverLaterThanBackoffWithJitter() {
        Results naive = run(RetryPolicy.immediate(10));
        Results backoff = run(RetryPolicy.backoffWithJitter(3, 0.1, 5.0));
        long naiveLoad = naive.totalAttempts();
        long backoffLoad = backoff.totalAttempts();
        int naiveRecovery = recoveryMinutes(naive);
        int backoffRecovery = recoveryMinutes(backoff);
        long offered = naive.tenants().stream().mapToLong(SimulatedTenant::offered).sum();
        System.out.printf("retry storm: %d requests offered; naive retries: %d attempts, recovery %d min"
                        + " (of %d after the overload); backoff + jitter: %d attempts, recovery %d min%n",
                offered, naiveLoad, naiveRecovery, (int) (HORIZON / 60) - OVERLOAD_END_MINUTE, backoffLoad, backoffRecovery);
        assertTrue(naiveLoad > 1.5 * backoffLoad, "naive retries produce more load");
        assertTrue(naiveRecovery > backoffRecovery, "naive retries recover later");
        assertTrue(backoffRecovery < (int) (HORIZON / 60) - OVERLOAD_END_MINUTE,
                "backoff with jitter recovers within the horizon: " + backoffRecovery);
    }
}
