package dev.tenantsim.engine.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.kernel.RandomStreams;
import dev.tenantsim.engine.platform.metrics.BlastShares;
import dev.tenantsim.engine.platform.metrics.Measurements;
import dev.tenantsim.workload.RequestWork;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 4, "what it must show" 2: a MegaCorp-style incident. 800 tenants share a stack with a
 * 3,000-connection pool (70% free, 28% pro, 2% enterprise, 0.4 req/s each: about 24 requests per
 * tenant-minute). Three minutes in, the enterprise tenant "megacorp" starts an export that opens
 * 1,850 connections, each a scan of 20 minutes of DB CPU. The DB (16 cores) is sized so the
 * baseline is healthy (about 5% busy); 1,850 scans sharing it slow every query about 100-fold.
 *
 * <p>Scaled down for test time: 15 simulated minutes instead of an hour (the damage shows within
 * a minute of the export's start). SLO: p99 ≤ 250 ms and ≤ 1% errors per minute, every tier.
 */
final class MegaCorpExportTest {
    private static final int TENANTS = 800;
    private static final int FREE = 0;
    private static final int PRO = 1;
    private static final int ENTERPRISE = 2;
    private static final int MEGACORP = 0;
    private static final double HORIZON = 15 * 60;

    private static List<TenantLoad> tenants() {
        RequestWork work = Fixtures.work(0.004, 0.75, 0.002, 1.0, 2);
        List<TenantLoad> list = new ArrayList<>();
        for (int i = 0; i < TENANTS; i++) {
            int tier = i < 16 ? ENTERPRISE : i < 16 + 224 ? PRO : FREE;
            long revenue = tier == ENTERPRISE ? 47_000_000_000L : tier == PRO ? 400_000_000L : 0L;
            TenantLoad t = TenantLoad.of(i == MEGACORP ? "megacorp" : "tenant-" + i, tier, revenue,
                    RateProfile.constant(0.4), work);
            if (i == MEGACORP) {
                t = t.withJobs(List.of(JobBatch.export(180, 1850, 1200, 0)));
            }
            list.add(t);
        }
        return list;
    }

    private static StackSpec stack(String name) {
        return Fixtures.stack(name, 8, 2000, 3000, 16, 40_000, 32, 4, "fifo");
    }

    private static PlatformScenario scenario(Topology topology, Controls controls) {
        List<TenantLoad> tenants = tenants();
        return new PlatformScenario(tenants, topology, controls, SloPolicy.uniform(TENANTS, 0.250, 0.01), HORIZON);
    }

    private static Controls tieredQuotas() {
        return Controls.builder(Fixtures.tiers(tenants()))
                .connectionQuotaForTier(FREE, 5).connectionQuotaForTier(PRO, 20).connectionQuotaForTier(ENTERPRISE, 100)
                .statementTimeoutForTier(FREE, 5).statementTimeoutForTier(PRO, 30).statementTimeoutForTier(ENTERPRISE, 300)
                .build();
    }

    @Test
    void sharedEverythingWithoutQuotasPutsNearlyEveryTenantInViolation() {
        Results r = PlatformSimulator.run(scenario(Topology.pooled(stack("shared"), TENANTS), Controls.none(TENANTS)),
                RandomStreams.of(2025));
        double share = r.shareOfTenantsWithViolation(MEGACORP);
        StackResult s = r.stacks().get(0);
        System.out.printf("shared, no quotas: %.1f%% of the other tenants violated their SLO; peak connections %.0f,"
                        + " DB CPU %.2f; incidents %s%n", 100 * share, s.peak(StackResult.Series.DB_CONNECTIONS_IN_USE),
                s.peak(StackResult.Series.DB_CPU_UTILIZATION), r.incidents());
        assertTrue(share >= 0.90, "at least 90% of tenants violate: " + share);
        assertTrue(s.peak(StackResult.Series.DB_CONNECTIONS_IN_USE) >= 1850, "the export holds its 1,850 connections");
        assertFalse(r.incidents().isEmpty(), "an incident is detected");
        Incident incident = r.incidents().get(0);
        assertEquals(MEGACORP, incident.aggressor(), "megacorp is named as the aggressor");
        assertTrue(incident.startMinute() >= 3 && incident.startMinute() <= 4, "incident starts with the export: " + incident);
        Measurements m = Measurements.of(r);
        assertEquals(r.incidents(), m.incidents(), "the measurements name the same incidents and aggressors");
        BlastShares radius = BlastShares.of(List.of(m), incident.aggressor(), incident.startMinute(), incident.endMinute());
        System.out.printf("blast radius: %.1f%% of tenants, %.1f%% of revenue%n", 100 * radius.tenantShare(),
                100 * radius.revenueShare());
        assertTrue(radius.tenantShare() >= 0.90, "blast radius covers the platform: " + radius);
    }

    @Test
    void perTierConnectionQuotasAndStatementTimeoutsContainTheExport() {
        Results r = PlatformSimulator.run(scenario(Topology.pooled(stack("shared"), TENANTS), tieredQuotas()),
                RandomStreams.of(2025));
        double share = r.shareOfTenantsWithViolation(MEGACORP);
        StackResult s = r.stacks().get(0);
        System.out.printf("tiered quotas + statement timeouts: %.2f%% of the other tenants violated; peak connections %.0f;"
                        + " export queries killed %d%n", 100 * share, s.peak(StackResult.Series.DB_CONNECTIONS_IN_USE),
                r.tenant(MEGACORP).jobs().queriesKilled());
        assertTrue(share <= 0.02, "at most 2% of the others violate: " + share);
        assertTrue(r.tenant(MEGACORP).jobs().queriesKilled() > 0, "statement timeouts killed export queries");
    }

    @Test
    void megacorpOnADedicatedStackHurtsNobody() {
        int[] map = new int[TENANTS];
        map[MEGACORP] = 1;
        Topology topology = Topology.assigned(List.of(stack("shared"), stack("megacorp-dedicated")), map);
        Results r = PlatformSimulator.run(scenario(topology, Controls.none(TENANTS)), RandomStreams.of(2025), 2);
        System.out.printf("megacorp dedicated: %d other tenants violated; megacorp violation minutes %d%n",
                r.tenantsWithViolation(MEGACORP), r.tenant(MEGACORP).violationMinuteCount());
        assertEquals(0, r.tenantsWithViolation(MEGACORP), "none of the others violate");
        assertTrue(r.incidents().stream().allMatch(i -> i.stack() == 1), "any incident stays on megacorp's stack");
    }
}
