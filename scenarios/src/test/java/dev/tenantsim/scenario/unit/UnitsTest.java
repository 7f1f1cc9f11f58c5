package dev.tenantsim.scenario.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

final class UnitsTest {
    @Test
    void durationsReadEveryUnit() throws UnitException {
        assertEquals(Duration.ofMillis(250), Units.duration("250ms"));
        assertEquals(Duration.ofSeconds(30), Units.duration("30s"));
        assertEquals(Duration.ofMinutes(1), Units.duration("1m"));
        assertEquals(Duration.ofMinutes(47), Units.duration("47min"));
        assertEquals(Duration.ofHours(2), Units.duration("2h"));
        assertEquals(Duration.ofDays(90), Units.duration("90d"));
        assertEquals(Duration.ofMillis(1500), Units.duration("1.5s"));
        assertEquals(Duration.ofDays(365), Units.duration("1y"));
    }

    @Test
    void durationErrorsSayWhatIsAllowed() {
        assertEquals("needs a unit (ms, s, min (or m), h, d, w, y), e.g. 5ms or 5s",
                assertThrows(UnitException.class, () -> Units.duration("5")).getMessage());
        assertEquals("has an unknown duration unit 'parsecs'; allowed units: ms, s, min (or m), h, d, w, y",
                assertThrows(UnitException.class, () -> Units.duration("5parsecs")).getMessage());
        assertEquals("must not be negative", assertThrows(UnitException.class, () -> Units.duration("-5s")).getMessage());
        assertThrows(UnitException.class, () -> Units.duration("soon"));
    }

    @Test
    void compoundDurationsAddTheirPartsAsGoAndKubernetesWriteThem() throws UnitException {
        assertEquals(Duration.ofMinutes(350), Units.duration("5h50m"));
        assertEquals(Duration.ofSeconds(5415), Units.duration("1h30m15s"));
        assertEquals(Duration.ofMinutes(90), Units.duration("90m"));
        assertEquals(Duration.ofHours(60), Units.duration("2d12h"));
        assertEquals(Duration.ofMillis(1500), Units.duration("1s500ms"));
        assertEquals(Duration.ofMinutes(120), Units.duration("1.5h30m"));
        assertEquals(Duration.ofDays(8).plusHours(1), Units.duration("1w1d1h"));
        assertEquals(Duration.ofMinutes(65), Units.duration("1h5min"));
        assertEquals(Duration.ofMinutes(350), Units.duration(" 5h 50m "));
        assertEquals(Duration.ofMinutes(350), Units.duration("5H50M"));
        assertEquals(Duration.ZERO, Units.duration("0h0m"));
    }

    @Test
    void compoundDurationErrorsSayHowToWriteThem() {
        String rule = "write each unit once, largest first, e.g. 5h50m or 1h30m15s";
        assertEquals("has 'h' after 'm'; " + rule, message("5m2h"));
        assertEquals("has 'h' twice; " + rule, message("5h5h"));
        assertEquals("has 'm' after 'min'; " + rule, message("5min2m"));
        assertEquals("needs a unit after 50 (ms, s, min (or m), h, d, w, y), e.g. 5h50m", message("5h50"));
        assertEquals("has an unknown duration unit 'x'; allowed units: ms, s, min (or m), h, d, w, y", message("5h3x"));
        String shape = "must be a duration such as 250ms, 30s, 15m, 6h, 5h50m or 90d";
        assertEquals(shape, message("5h-3m"));
        assertEquals(shape, message("h5"));
        assertEquals(shape, message("5h,3m"));
        assertEquals(shape, message(""));
        assertEquals("must not be negative", message("-5h30m"));
    }

    @Test
    void thePublishedPatternAcceptsWhatTheParserAccepts() throws UnitException {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(Units.DURATION_PATTERN);
        for (String ok : new String[] {"250ms", "30s", "1m", "47min", "2h", "90d", "1.5s", "5h50m", "1h30m15s", "2d12h", "1s500ms", "1e3ms"}) {
            Units.duration(ok);
            assertTrue(p.matcher(ok).matches(), ok);
        }
        for (String bad : new String[] {"5", "5m2h", "5h5h", "5h-3m", "h5", "5x", "", "5h50"}) {
            assertThrows(UnitException.class, () -> Units.duration(bad), bad);
            assertFalse(p.matcher(bad).matches(), bad);
        }
    }

    private static String message(String duration) {
        return assertThrows(UnitException.class, () -> Units.duration(duration), duration).getMessage();
    }

    @Test
    void percentagesBecomeTheFractionALiteralWouldBe() throws UnitException {
        assertEquals(0.7, Units.percent("70%"));
        assertEquals(0.001, Units.percent("0.1%"));
        assertEquals(0.9995, Units.percent("99.95%"));
        assertThrows(UnitException.class, () -> Units.percent("0.5"));
    }

    @Test
    void ratesAreConvertedToPerSecond() throws UnitException {
        assertEquals(100, Units.rate("100/s").perSecond());
        assertEquals(1, Units.rate("60/min").perSecond(), 1e-12);
        assertEquals(1, Units.rate("3600/h").perSecond(), 1e-12);
        assertThrows(UnitException.class, () -> Units.rate("100"));
        assertThrows(UnitException.class, () -> Units.rate("100/fortnight"));
    }

    @Test
    void sizesAreDecimalUnlessBinary() throws UnitException {
        assertEquals(2_800_000_000_000L, Units.size("2.8TB").bytes());
        assertEquals(256L << 30, Units.size("256GiB").bytes());
        assertThrows(UnitException.class, () -> Units.size("256"));
        assertThrows(UnitException.class, () -> Units.size("256 bananas"));
    }

    @Test
    void ioOperationsTakeAnOptionalSuffix() throws UnitException {
        assertEquals(2.0, Units.ioOps("2ops"));
        assertEquals(2.5, Units.ioOps("2.5"));
    }

    @Test
    void durationsFormatBackAsWritten() {
        assertEquals("250ms", Units.format(Duration.ofMillis(250)));
        assertEquals("2h", Units.format(Duration.ofHours(2)));
        assertEquals("90d", Units.format(Duration.ofDays(90)));
        assertEquals("47min", Units.format(Duration.ofMinutes(47)));
    }
}
