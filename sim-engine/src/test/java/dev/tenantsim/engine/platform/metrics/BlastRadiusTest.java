package dev.tenantsim.engine.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tenantsim.engine.platform.ErrorCause;
import dev.tenantsim.engine.platform.Incident;
import dev.tenantsim.engine.platform.LatencySummary;
import dev.tenantsim.engine.platform.Results;
import dev.tenantsim.engine.platform.TenantResult;
import java.util.List;
import org.junit.jupiter.api.Test;

final class BlastRadiusTest {

    private static TenantResult tenant(int i, long revenue, int... violations) {
        return new TenantResult(i, "t" + i, 0, 0, revenue, 100, 100, 100, new long[ErrorCause.count()],
                LatencySummary.EMPTY, 1, violations, 1, 0, null, null);
    }

    @Test
    void blastRadiusCountsTenantsAndRevenueWithAViolationInTheWindowAggressorExcluded() {
        // Window [10, 20). Tenant 0 is the aggressor (violates, excluded). Tenant 1 violates at 12
        // (inside), tenant 2 at 25 (outside), tenant 3 at 9 and 19 (inside), tenant 4 never.
        Results r = new Results(3600, 60, List.of(
                tenant(0, 1_000_000, 10, 11, 12),
                tenant(1, 100, 12),
                tenant(2, 200, 25),
                tenant(3, 300, 9, 19),
                tenant(4, 400)), List.of(), List.of());
        BlastRadius b = BlastRadius.of(r, new Incident(0, 10, 20, 0, "t0", 0.5));
        assertEquals(2, b.affectedTenants());
        assertEquals(4, b.population());
        assertEquals(0.5, b.tenantShare(), 1e-12);
        assertEquals(400.0 / 1000.0, b.revenueShare(), 1e-12);
    }

    @Test
    void noisyNeighborImpactIsSharedOverSoloP99() {
        assertEquals(4.0, NoisyNeighborImpact.of(0.2, 0.05), 1e-12);
        assertEquals(1.0, NoisyNeighborImpact.of(0.05, 0.05), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> NoisyNeighborImpact.of(0.1, Double.NaN));
    }
}
