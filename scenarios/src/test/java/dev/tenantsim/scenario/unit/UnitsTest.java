package dev.tenantsim.scenario.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
