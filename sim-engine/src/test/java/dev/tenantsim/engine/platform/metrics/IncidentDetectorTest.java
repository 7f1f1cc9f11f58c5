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

    @Test
    void theTrackerFedInStepsOfSeveralMinutesFindsTheSameIncidents() {
        // steps of 3 minutes: {0, 6, 6, 0, 6, 0} = minutes 3..8 hot (6 min, an incident), 12..14 (3 min, not)
        IncidentDetector.Tracker t = new IncidentDetector.Tracker(100);
        int[] steps = {0, 6, 6, 0, 6, 0};
        List<IncidentDetector.Window> found = new java.util.ArrayList<>();
        boolean[] opened = new boolean[steps.length];
        for (int k = 0; k < steps.length; k++) {
            t.feed(steps[k], 3);
            opened[k] = t.opened();
            if (t.ended() != null) {
                found.add(t.ended());
            }
        }
        assertTrue(t.finish() == null, "nothing open at the end");
        assertEquals(List.of(new IncidentDetector.Window(3, 9, 0.06)), found);
        assertTrue(opened[1] && !opened[2] && opened[4], "a run opens on its first hot step only");
        int[] perMinute = new int[18];
        for (int m = 0; m < 18; m++) {
            perMinute[m] = steps[m / 3];
        }
        assertEquals(found, IncidentDetector.detect(perMinute, 100));
    }
}
