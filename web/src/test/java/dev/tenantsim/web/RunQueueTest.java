package dev.tenantsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

final class RunQueueTest {
    @Test
    void runsPastTheLimitWaitThenAreRefusedAndAFailureIsAMessage() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        try (RunQueue q = new RunQueue(1, 1)) {
            RunJob first = q.submit(j -> {
                started.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                j.finished("a", java.util.Map.of());
            });
            started.await(10, TimeUnit.SECONDS);
            RunJob waiting = q.submit(j -> {
                throw new IllegalArgumentException("tiers.pro.rateLimit (-1) must be positive");
            });
            assertEquals(RunJob.State.QUEUED, waiting.state());
            assertThrows(RunQueue.Full.class, () -> q.submit(j -> { }));
            release.countDown();
            for (int i = 0; i < 100 && waiting.state() != RunJob.State.FAILED; i++) {
                Thread.sleep(50);
            }
            assertEquals(RunJob.State.DONE, first.state());
            assertEquals(RunJob.State.FAILED, waiting.state());
            assertEquals("tiers.pro.rateLimit (-1) must be positive", waiting.status().get("message"));
            assertEquals(first, q.job(first.id()));
        }
    }
}
