package dev.tenantsim.engine.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class ControlsTest {
    private static final int[] TIERS = {0, 1, 1, 2};

    @Test
    void aTenantFollowsItsTierUntilItIsOverridden() {
        Controls c = Controls.builder(TIERS).connectionQuotaForTier(1, 10).connectionQuotaForTenant(2, 3).build();
        assertEquals(Controls.UNLIMITED, c.connectionQuota(0));
        assertEquals(10, c.connectionQuota(1));
        assertEquals(3, c.connectionQuota(2));
        assertSame(c.ofTier(1), c.of(1), "a tenant without overrides shares its tier's record");
        assertFalse(c.isOverridden(1));
        assertTrue(c.isOverridden(2));
        assertEquals(10, c.ofTier(1).connectionQuota(), "an override leaves the tier's defaults alone");
    }

    @Test
    void settersApplyInCallOrderSoALaterTierSetterReplacesATenantOverride() {
        Controls c = Controls.builder(TIERS).statementTimeoutForTenant(2, 5).statementTimeoutForTier(1, 30)
                .rateLimitForTenant(2, 7, 14).build();
        assertEquals(30, c.statementTimeout(2), 0);
        assertEquals(30, c.statementTimeout(1), 0);
        assertEquals(7, c.rateLimit(2), 0);
        assertEquals(14, c.rateBurst(2), 0);
        assertEquals(Double.POSITIVE_INFINITY, c.rateLimit(1));
    }

    @Test
    void forAllSettersReachEveryTenantAndWorkersForAllKeepsEachWeight() {
        Controls c = Controls.builder(TIERS).workersForTier(2, 8, 3.0).workersForTenant(0, 2, 0.5)
                .workersForAll(4).poolWaitTimeoutForAll(1.5).clientForAll(2, RetryPolicy.immediate(3)).build();
        for (int t = 0; t < TIERS.length; t++) {
            assertEquals(4, c.workerCap(t));
            assertEquals(1.5, c.poolWaitTimeout(t), 0);
            assertEquals(2, c.clientTimeout(t), 0);
            assertEquals(3, c.retry(t).maxAttempts());
        }
        assertEquals(0.5, c.workerWeight(0), 0);
        assertEquals(1.0, c.workerWeight(1), 0);
        assertEquals(3.0, c.workerWeight(3), 0);
    }

    @Test
    void defaultsAreOffExceptThePoolWaitTimeout() {
        Controls c = Controls.none(2);
        TenantControls t = c.of(1);
        assertEquals(TenantControls.NONE, t);
        assertFalse(t.rateLimit().isOn());
        assertFalse(t.breaker().isOn());
        assertEquals(Controls.DEFAULT_POOL_WAIT_SECONDS, c.poolWaitTimeout(0), 0);
        assertEquals(Controls.UNLIMITED, c.admissionQueueLimit());
        assertEquals(0, c.bulkhead(3));
    }

    @Test
    void selectRenumbersTenantsAndKeepsTheirTiersAndStackControls() {
        Controls c = Controls.builder(TIERS).circuitBreakerForTier(2, 5, 2).circuitBreakerForTenant(1, 9, 1)
                .admissionQueueLimit(20).bulkheadForTier(2, 6).build();
        Controls s = c.select(3, 1);
        assertEquals(2, s.tenantCount());
        assertEquals(5, s.breakerFailures(0));
        assertEquals(9, s.breakerFailures(1));
        assertEquals(1, s.breakerOpenSeconds(1), 0);
        assertTrue(s.isOverridden(1));
        assertFalse(s.isOverridden(0));
        assertEquals(20, s.admissionQueueLimit());
        assertEquals(6, s.bulkhead(2));
        assertEquals(6, s.bulkheadTotal());
    }

    @Test
    void badValuesFailWithFieldValueAndRuleEvenForATierWithoutTenants() {
        assertEquals("breaker.failures (0) must be >= 1", assertThrows(IllegalArgumentException.class,
                () -> Controls.builder(TIERS).circuitBreakerForTenant(0, 0, 0)).getMessage());
        assertEquals("rateBurst (0.5) must be >= 1 request", assertThrows(IllegalArgumentException.class,
                () -> Controls.builder(TIERS).rateLimitForTier(7, 10, 0.5)).getMessage());
        assertEquals("workers.perTenantCap (0) must be >= 1", assertThrows(IllegalArgumentException.class,
                () -> Controls.builder(new int[0]).workersForAll(0)).getMessage());
        assertEquals("tenant (4) must be an index in 0..3", assertThrows(IllegalArgumentException.class,
                () -> Controls.builder(TIERS).concurrencyCapForTenant(4, 1)).getMessage());
        assertEquals("tierOfTenant[1] (-1) must be >= 0", assertThrows(IllegalArgumentException.class,
                () -> Controls.builder(new int[] {0, -1})).getMessage());
    }
}
