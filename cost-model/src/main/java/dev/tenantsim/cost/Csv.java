package dev.tenantsim.cost;

import java.math.BigDecimal;

/** CSV cells written the same way everywhere: RFC 4180 quoting, numbers independent of the default locale. */
public final class Csv {
    private Csv() {
    }

    /** A text cell, quoted only when it holds a comma, a quote or a line break. */
    public static String text(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** A double as its shortest decimal form, no exponent, '.' as the decimal point ({@code 8}, {@code 0.5}). */
    public static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("a CSV number (" + d + ") must be finite");
        }
        BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }
}
