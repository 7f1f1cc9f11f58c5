package dev.tenantsim.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenantsim.workload.Residency;
import dev.tenantsim.workload.Signature;
import dev.tenantsim.workload.TenantProfile;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class TenantDemandsTest {

    @Test
    void signaturesBecomeMeanPeakAndSeriesDemandsWithResidencyAndExactRevenue() {
        TenantProfile eu = new TenantProfile("acme", 0, "enterprise", 500, 250_000_000_000L, "eu-west-1",
                Residency.EU_ONLY, new BigDecimal("47000.1234565"), Optional.empty());
        Signature spiky = minute -> minute % 60 == 30 ? 100.0 : 10.0; // one busy minute an hour
        List<TenantDemand> d = TenantDemands.fromSignatures(List.of(eu), List.of(spiky), 24 * 60, 60, 0.0005);
        TenantDemand t = d.get(0);
        // DEFAULT work: 8 ms app + 3 ms DB CPU, 2 IO ops, 5 ms hold
        double meanRate = (59 * 10.0 + 100.0) / 60;
        assertEquals(meanRate * 0.011, t.mean().cpu(), 1e-12);
        assertEquals(100 * 0.011, t.peak().cpu(), 1e-12, "the point keeps its busiest minute");
        assertEquals(100 * 2.0, t.peak().io(), 1e-12);
        assertEquals(100 * (0.003 + 2 * 0.0005 + 0.005), t.peak().connections(), 1e-12);
        assertEquals(250.0, t.mean().storageGb(), 0.0);
        assertEquals(24, t.series().length());
        assertEquals(Set.of("eu-central-1", "eu-west-1"), t.allowedRegions());
        assertEquals(47_000_123_456L, t.monthlyRevenueMicros(), "half-even to the micro-dollar");
        assertEquals(100 / meanRate, t.spikiness(), 1e-9);
    }
}
