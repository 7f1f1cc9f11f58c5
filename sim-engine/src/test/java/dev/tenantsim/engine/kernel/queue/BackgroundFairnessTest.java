package dev.tenantsim.engine.kernel.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.kernel.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 4's background-fairness scenario in miniature: tenant A submits 100,000 export jobs, then
 * tenant B submits 10, all at time 0, on a pool of 8 workers with unit service time.
 */
final class BackgroundFairnessTest {
    private static final int WORKERS = 8;
    private static final int A_JOBS = 100_000;
    private static final int B_JOBS = 10;
    private static final int PER_TENANT_CAP = 6;
    private static final int A = 0;
    private static final int B = 1;

    @Test
    void withFifoTheSmallTenantWaitsUntilTheBigBacklogDrains() {
        Outcome o = run(QueueDisciplines.FIFO.create(2));
        double drained = (double) A_JOBS / WORKERS; // A's last job starts at 12,499
        assertTrue(o.firstB >= drained, "B's first job finished at " + o.firstB + ", before A's backlog drained at " + drained);
        assertEquals(drained + 1 + 1, o.lastB, 1e-9, "B's jobs take the 8 workers right after A's last batch");
    }

    @ParameterizedTest
    @EnumSource(value = QueueDisciplines.class, names = {"DRR", "WFQ"})
    void withAFairDisciplineAndAPerTenantCapTheSmallTenantFinishesWithinAFewServiceTimes(QueueDisciplines kind) {
        QueueDiscipline d = kind.create(2);
        d.setCapForAll(PER_TENANT_CAP);
        Outcome o = run(d);
        // 2 workers free for B at t=0, then B's turns alternate with A's: all 10 are done by t=3.
        assertTrue(o.lastB <= 3.0 + 1e-9, kind + ": B's last job finished at " + o.lastB + " service times");
        assertTrue(o.maxInServiceA <= PER_TENANT_CAP, "A's cap held: " + o.maxInServiceA);
        assertEquals(A_JOBS + B_JOBS, o.completed, "nothing lost");
        // A still gets its cap's worth of workers: it finishes in A_JOBS / cap service times, plus B's few.
        assertEquals((double) A_JOBS / PER_TENANT_CAP, o.lastA, 2.0);
    }

    @ParameterizedTest
    @EnumSource(value = QueueDisciplines.class, names = {"DRR", "WFQ"})
    void aFairDisciplineWithoutCapsAlsoServesTheSmallTenantPromptly(QueueDisciplines kind) {
        // Without a cap A holds all 8 workers at t=0; from the first completions B alternates with A.
        Outcome o = run(kind.create(2));
        assertTrue(o.lastB <= 4.0 + 1e-9, kind + ": B's last job finished at " + o.lastB);
        assertEquals((double) (A_JOBS + B_JOBS) / WORKERS, o.lastA, 1.0, "work-conserving: all 8 workers busy throughout");
    }

    @Test
    void aPerTenantCapAloneLeavesFifoWorkersForTheSmallTenant() {
        QueueDiscipline d = QueueDisciplines.FIFO.create(2);
        d.setCapForAll(PER_TENANT_CAP);
        Outcome o = run(d);
        // The 2 workers A may not use serve B, two at a time: 10 jobs in 5 service times.
        assertEquals(5.0, o.lastB, 1e-9);
    }

    private static Outcome run(QueueDiscipline d) {
        Simulation sim = new Simulation(RandomStreams.of(4L));
        Outcome o = new Outcome();
        WorkerPool pool = new WorkerPool(sim, WORKERS, d, job -> {
            o.completed++;
            if (job >= A_JOBS) {
                o.firstB = Math.min(o.firstB, sim.now());
                o.lastB = Math.max(o.lastB, sim.now());
            } else {
                o.lastA = Math.max(o.lastA, sim.now());
            }
        });
        for (int j = 0; j < A_JOBS; j++) {
            pool.submit(j, A, 1.0);
            o.maxInServiceA = Math.max(o.maxInServiceA, d.inService(A));
        }
        for (int j = 0; j < B_JOBS; j++) {
            pool.submit(A_JOBS + j, B, 1.0);
        }
        // Sample A's in-service count after every batch of completions and restarts.
        while (sim.pendingEvents() > 0) {
            sim.runUntil(sim.now() + 1.0);
            o.maxInServiceA = Math.max(o.maxInServiceA, d.inService(A));
        }
        return o;
    }

    private static final class Outcome {
        double firstB = Double.POSITIVE_INFINITY;
        double lastB;
        double lastA;
        long completed;
        int maxInServiceA;
    }
}
