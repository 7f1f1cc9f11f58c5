package dev.tenantsim.engine.kernel.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class TokenBucketTest {
    @Test
    void aFullBucketPassesExactlyItsBurstAtOnce() {
        TokenBucket b = new TokenBucket(10, 25);
        for (int i = 0; i < 25; i++) {
            assertTrue(b.tryAcquire(5.0), "request " + i);
        }
        assertFalse(b.tryAcquire(5.0));
        assertTrue(b.tryAcquire(5.1)); // one token accrued in 0.1 s
        assertFalse(b.tryAcquire(5.1));
    }

    @Test
    void aSaturatingLoadGetsExactlyBurstPlusRateTimesTime() {
        // Requests every millisecond for 10 s against 100/s with burst 50: 50 + 100 * 10 pass.
        TokenBucket b = new TokenBucket(100, 50);
        int passed = 0;
        for (int k = 0; k <= 10_000; k++) {
            if (b.tryAcquire(k * 0.001)) {
                passed++;
            }
        }
        assertEquals(1050, passed);
    }

    @Test
    void anIdleBucketRefillsOnlyUpToItsBurst() {
        TokenBucket b = new TokenBucket(1, 3);
        assertTrue(b.tryAcquire(0, 3));
        assertEquals(0.0, b.tokens(0));
        assertEquals(3.0, b.tokens(1000));
        assertFalse(b.tryAcquire(1000, 4));
        assertEquals(3.0, b.tokens(1000)); // a failed request takes nothing
    }

    @Test
    void availableAtSaysWhenTheTokensWillBeThere() {
        TokenBucket b = new TokenBucket(4, 2);
        assertTrue(b.tryAcquire(1.0, 2));
        assertEquals(1.25, b.availableAt(1.0, 1), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, b.availableAt(1.0, 3));
    }

    @Test
    void manyKeysAreIndependentAndUnlimitedByDefault() {
        TokenBuckets b = new TokenBuckets(3);
        b.limit(1, 100, 50);
        int passed0 = 0;
        int passed1 = 0;
        for (int k = 0; k <= 10_000; k++) {
            double now = k * 0.001;
            passed0 += b.tryAcquire(0, now) ? 1 : 0;
            passed1 += b.tryAcquire(1, now) ? 1 : 0;
        }
        assertEquals(10_001, passed0);
        assertEquals(1050, passed1);
        assertFalse(b.isLimited(2));
    }

    @Test
    void badParametersAndTimeGoingBackAreRejected() {
        assertEquals("rateLimit.rate (NaN/s) must be a finite number > 0",
                assertThrows(IllegalArgumentException.class, () -> new TokenBucket(Double.NaN, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(1, 0.5));
        TokenBucket b = new TokenBucket(1, 1);
        b.tryAcquire(2.0);
        assertThrows(IllegalArgumentException.class, () -> b.tryAcquire(1.0));
    }
}
