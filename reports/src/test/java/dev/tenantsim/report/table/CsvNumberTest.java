package dev.tenantsim.report.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

final class CsvNumberTest {
    @Test
    void floatingPointResidueNeverReachesTheText() {
        assertEquals("787944", CsvNumber.COUNT.text(787943.9999999999));
        assertEquals("129600", CsvNumber.COUNT.text(129599.9999999985));
        assertEquals("31.999", CsvNumber.TIME.text(31.999000000000002));
        assertEquals("222.719", CsvNumber.TIME.text(222.71900000000002));
        assertEquals("0", CsvNumber.SHARE.text(-1.6e-15));
        assertEquals("0.996906", CsvNumber.SHARE.text(0.9969058641975309));
    }

    @Test
    void countsAreWholeUnlessAMeanOrAnExpectedValueIsNot() {
        assertEquals("1858", CsvNumber.COUNT.text(1858.0));
        assertEquals("3911.5", CsvNumber.COUNT.text(3911.5));
        assertEquals("0", CsvNumber.COUNT.text(0.0));
        assertEquals("0", CsvNumber.COUNT.text(-0.0));
        assertEquals("12", CsvNumber.COUNT.text(12.04));
        assertEquals("2.3", CsvNumber.COUNT.text(2.333333333333));
    }

    @Test
    void timesKeepTheMicrosecondAndSharesSixSignificantDigitsWithoutAnExponent() {
        assertEquals("28.162", CsvNumber.TIME.text(28.162464569761298));
        assertEquals("500", CsvNumber.TIME.text(500.0));
        assertEquals("0.000603516", CsvNumber.SHARE.text(6.035160102123951E-4));
        assertEquals("0.0000106522", CsvNumber.SHARE.text(1.065222945914815E-5));
        assertEquals("0.0005", CsvNumber.SHARE.text(5.0E-4));
        assertEquals("1", CsvNumber.SHARE.text(1.0));
        assertEquals("3.984", CsvNumber.SHARE.text(3.984));
    }

    @Test
    void missingIsAnEmptyCellAndNoLocaleChangesADigit() {
        assertEquals("", CsvNumber.TIME.text(Double.NaN));
        assertEquals("Infinity", CsvNumber.SHARE.text(Double.POSITIVE_INFINITY));
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("650.5", CsvNumber.TIME.text(650.5));
            assertEquals("1234567", CsvNumber.COUNT.text(1234567));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
