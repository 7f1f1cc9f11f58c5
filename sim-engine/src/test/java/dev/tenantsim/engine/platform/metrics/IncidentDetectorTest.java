package dev.tenantsim.engine.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

final class IncidentDetectorTest {

    @Test
    void fiveConsecutiveMinutesAtFivePercentMakeAnIncident() {
        // 100 tenants: 5 in violation = 5% (counts), 4 = 4% (does not).
        int[] v = {0, 5, 5, 6, 5, 9, 4, 5, 5, 5, 5, 0};
        List<IncidentDetector.Window> w = IncidentDetector.detect(v, 100);
        assertEquals(1, w.size());
        assertEquals(1, w.get(0).start());
        assertEquals(6, w.get(0).end());
        assertEquals(0.09, w.get(0).peakShare(), 1e-12);
    }

    @Test
    void fourMinutesAreNotAnIncident() {
        int[] v = {10, 10, 10, 10, 0, 10, 10, 10, 10};
        assertTrue(IncidentDetector.detect(v, 100).isEmpty());
    }

    @Test
    void aWindowRunningToTheEndOfTheHorizonIsClosed() {
        int[] v = {0, 1, 1, 1, 1, 1};
        List<IncidentDetector.Window> w = IncidentDetector.detect(v, 20); // 1 of 20 = 5%
        assertEquals(List.of(new IncidentDetector.Window(1, 6, 0.05)), w);
    }

    @Test
    void aSingleTenantStackNeedsItsTenantInViolation() {
        assertEquals(1, IncidentDetector.detect(new int[] {1, 1, 1, 1, 1}, 1).size());
        assertTrue(IncidentDetector.detect(new int[] {0, 0, 0, 0, 0}, 1).isEmpty());
    }
}
