package dev.tenantsim.scenario.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

final class AxisTest {
    @Test
    void rangesListsAndStepsGiveTheirValuesInOrder() {
        assertEquals(List.of("1", "2", "3"), Axis.parse("topology.pooled.app.nodes=1..3").values());
        assertEquals(List.of("2", "6", "10"), Axis.parse("topology.pooled.app.nodes=2..10:4").values());
        assertEquals(List.of("50/s", "100/s"), Axis.parse("controls.rateLimit.pro=50/s,100/s").values());
    }

    @Test
    void capacityLikeAxesAreAscendingNumbersOfACapacityKey() {
        assertTrue(Axis.parse("topology.pooled.app.nodes=1..3").capacityLike());
        assertFalse(Axis.parse("topology.pooled.app.nodes=3,1").capacityLike());
        assertFalse(Axis.parse("controls.dbConnectionQuota.pro=1,2").capacityLike());
    }

    @Test
    void emptyAndMalformedRangesSayWhatIsAllowed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Axis.parse("a.nodes=5..1")).getMessage().contains("is an empty range"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Axis.parse("a.nodes=1..x")).getMessage().contains("LO..HI or LO..HI:STEP"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Axis.parse("a.nodes=")).getMessage().contains("must be PATH=RANGE"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Axis.parse("a.nodes=1,,2")).getMessage().contains("empty value"));
    }
}
