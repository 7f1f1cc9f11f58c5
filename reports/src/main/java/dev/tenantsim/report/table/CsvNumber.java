package dev.tenantsim.report.table;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.stream.DoubleStream;
import tech.tablesaw.api.StringColumn;

/**
 * How a number becomes CSV text: the one place, for every table and either pass. The request-level
 * simulation measures counts and rounds latencies to the microsecond; the fluid pass computes
 * expected values in floating point, so the same figure arrives as {@code 787943.9999999999} or
 * {@code 31.999000000000002}. Each column has a kind, and the kind fixes the precision written:
 * plain decimals (no exponent), trailing zeros dropped, rounded half-even, {@link java.util.Locale}
 * independent; a missing value (NaN) is an empty cell.
 */
public enum CsvNumber {
    /**
     * Requests, failures, minutes: a whole number, or one decimal when it is a mean over
     * replications or the fluid pass's expected count that is not whole ({@code 3911.5}).
     */
    COUNT(1, 0),
    /** Milliseconds, seconds or minutes, to three decimals (latencies to the microsecond). */
    TIME(3, 0),
    /** Fractions and ratios (error rate, availability, shares, utilization): six significant digits. */
    SHARE(12, 6);

    private final int maxDecimals;
    private final int significantDigits;

    CsvNumber(int maxDecimals, int significantDigits) {
        this.maxDecimals = maxDecimals;
        this.significantDigits = significantDigits;
    }

    /** {@code v} as this kind's CSV text. */
    public String text(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        BigDecimal d = new BigDecimal(v);
        if (significantDigits > 0) {
            d = d.round(new MathContext(significantDigits, RoundingMode.HALF_EVEN));
        }
        if (d.scale() > maxDecimals) {
            d = d.setScale(maxDecimals, RoundingMode.HALF_EVEN);
        }
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }

    /** A column of {@code values} written as this kind. */
    public StringColumn column(String name, DoubleStream values) {
        return StringColumn.create(name, values.mapToObj(this::text));
    }
}
