package dev.tenantsim.engine.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.kernel.RandomStreams;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 4, "what it must show" 3: tenant A submits 1,000,000 export jobs at t = 0, tenant B
 * submits 10 at t = 10 s; 8 workers, each job takes 1 s of worker time. Under FIFO B waits for A's
 * backlog (about 1,000,000 / 8 s = 34.7 hours); under DRR or WFQ with a per-tenant cap of 4, B's
 * jobs finish within a few job service times.
 */
final class BackgroundFairnessTest {
    private static final int A_JOBS = 1_000_000;
    private static final int WORKERS = 8;
    private static final double SERVICE = 1.0;

    private static Results run(String discipline, Controls controls, double horizon) {
        StackSpec stack = Fixtures.stack("shared", 1, 10, 10, 1, 1000, 1, WORKERS, discipline);
        List<TenantLoad> tenants = List.of(
                Fixtures.tenant("A", 0, 0, Fixtures.noWork()).withJobs(List.of(JobBatch.workerOnly(0, A_JOBS, 0, SERVICE))),
                Fixtures.tenant("B", 0, 0, Fixtures.noWork()).withJobs(List.of(JobBatch.workerOnly(10, 10, 0, SERVICE))));
        return PlatformSimulator.run(new PlatformScenario(tenants, Topology.pooled(stack, 2), controls,
                SloPolicy.uniform(2, 0.25, 0.01), horizon), RandomStreams.of(3));
    }

    @Test
    void underFifoTheSmallTenantWaitsForTheWholeBacklog() {
        double backlogDrain = (A_JOBS - WORKERS * 10) * SERVICE / WORKERS;
        Results r = run("fifo", Controls.none(2), backlogDrain + 600);
        JobStats b = r.tenant(1).jobs();
        System.out.printf("fifo: B's 10 jobs finished after %.0f s on average (max %.0f s); A finished %d%n",
                b.meanSojourn(), b.maxSojourn(), r.tenant(0).jobs().completed());
        assertEquals(10, b.completed());
        assertTrue(b.meanSojourn() > 0.99 * backlogDrain, "B waits for A's backlog: " + b);
    }

    @Test
    void drrWithAPerTenantCapServesTheSmallTenantWithinAFewServiceTimes() {
        assertSmallTenantServedPromptly("drr");
    }

    @Test
    void wfqWithAPerTenantCapServesTheSmallTenantWithinAFewServiceTimes() {
        assertSmallTenantServedPromptly("wfq");
    }

    private static void assertSmallTenantServedPromptly(String discipline) {
        Controls controls = Controls.builder(new int[2]).workersForAll(4).build();
        Results r = run(discipline, controls, 120);
        JobStats b = r.tenant(1).jobs();
        System.out.printf("%s, cap 4: B's 10 jobs finished after %.2f s on average (max %.2f s)%n", discipline,
                b.meanSojourn(), b.maxSojourn());
        assertEquals(10, b.completed());
        // B gets at least 4 of the 8 workers: 10 jobs take 3 rounds of 1 s, plus at most 1 s for a worker to free.
        assertTrue(b.maxSojourn() <= 4 * SERVICE + 1e-9, "B's jobs finish within a few service times: " + b);
        assertTrue(r.tenant(0).jobs().completed() >= (120 - 4) * 4, "A keeps its workers busy meanwhile");
    }
}
