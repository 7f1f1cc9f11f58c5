package dev.tenantsim.engine.platform.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.engine.kernel.RandomStreams;
import java.util.List;
import org.junit.jupiter.api.Test;

final class MigrationTimelineTest {
    /** 10 MB/s, 16 KB IOs, 100 s dual write, 50 s verify, 20 s cutover, 100 s backoff. */
    private static final CopyModel MODEL = new CopyModel(10, 16, 100, 50, 20, 0.2, 0.0, 3, 100);
    private static final MigrationRequest MOVE = new MigrationRequest(4, "acme", 0, 1, 1_000, 10, 0.3);

    @Test
    void copyTakesDataSizeOverThroughput() {
        assertEquals(1_000, MODEL.copySeconds(10), 1e-9);
        assertEquals(625, MODEL.copyIops(), 1e-9);
    }

    @Test
    void routingFollowsActiveMigratingCutoverFinal() {
        MigrationTimeline t = new MigrationTimeline(MOVE, MODEL, 1, true);
        assertEquals(RoutingState.ACTIVE, t.stateAt(999));
        assertEquals(RoutingState.MIGRATING, t.stateAt(1_000));
        assertEquals(RoutingState.MIGRATING, t.stateAt(2_149));
        assertEquals(RoutingState.CUTOVER, t.stateAt(2_150));
        assertEquals(RoutingState.FINAL, t.stateAt(2_170));
        assertEquals(0, t.servingStack(2_149));
        assertEquals(1, t.servingStack(2_150));
        assertTrue(RoutingState.MIGRATING.dualWrites());
        assertFalse(RoutingState.CUTOVER.readsSource());
    }

    @Test
    void aFailedAttemptRollsBackToTheSourceAndRetriesAfterTheBackoff() {
        MigrationTimeline t = new MigrationTimeline(MOVE, MODEL, 2, true);
        assertEquals(1, t.failedAttempts());
        assertEquals(RoutingState.ACTIVE, t.stateAt(2_200), "rolled back between attempts");
        assertEquals(0, t.servingStack(2_200));
        assertEquals(2_250, t.attemptStart(1), 1e-9);
        assertEquals(RoutingState.MIGRATING, t.stateAt(2_250));
        assertEquals(3_400, t.cutoverSecond(), 1e-9);
        assertEquals(20, t.copiedGb(), 1e-9);
        assertEquals(2 * 1_000, t.copyOverlap(0, 10_000), 1e-9);
    }

    @Test
    void everyAttemptFailedLeavesTheTenantOnTheSource() {
        CopyModel doomed = MODEL.withFailureProbability(0.999_999);
        MigrationTimeline t = MigrationSchedule.timeline(MOVE, doomed, RandomStreams.of(1));
        assertFalse(t.succeeded());
        assertEquals(3, t.failedAttempts());
        assertEquals(RoutingState.ACTIVE, t.stateAt(1e9));
        assertEquals(0, t.servingStack(1e9));
    }

    @Test
    void aWaveStartsPerDayTenantsEvenlySpread() {
        List<MigrationRequest> wave = MigrationSchedule.wave(List.of(MOVE, MOVE, MOVE), 2, 3_600);
        assertEquals(3_600, wave.get(0).startSecond(), 1e-9);
        assertEquals(3_600 + 43_200, wave.get(1).startSecond(), 1e-9);
        assertEquals(3_600 + 86_400, wave.get(2).startSecond(), 1e-9);
    }

    @Test
    void badParametersAreRefusedWithTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MODEL.withCopyMBps(-5));
        assertTrue(e.getMessage().contains("copyMBps (-5.0)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new MigrationRequest(0, "x", 1, 1, 0, 1, 0));
    }
}
