package dev.tenantsim.cost;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of US dollars, held as a whole number of micro-dollars (10<sup>-6</sup> $).
 *
 * <p>Money is never a {@code double}: sums and differences are exact (overflow throws), and
 * every operation that could produce a fraction of a micro-dollar (a product with a decimal
 * fraction, a division) names its rounding mode. The range is about ±9.2 × 10<sup>12</sup> $.
 *
 * <p>{@link #format()} gives the report form {@code "$45,000.00"} (cents, half-even, comma
 * grouping by hand, so it never depends on the default locale); {@link #toPlainString()} gives
 * the exact machine form {@code "45000.00"} / {@code "0.333333"} used in CSV and JSON.
 */
public record Money(long micros) implements Comparable<Money> {
    /** Micro-dollars per dollar. */
    public static final long MICROS_PER_DOLLAR = 1_000_000L;
    /** Zero dollars. */
    public static final Money ZERO = new Money(0L);

    private static final BigDecimal MICROS = BigDecimal.valueOf(MICROS_PER_DOLLAR);

    /** Whole dollars. */
    public static Money ofDollars(long dollars) {
        return new Money(Math.multiplyExact(dollars, MICROS_PER_DOLLAR));
    }

    /** Whole micro-dollars. */
    public static Money ofMicros(long micros) {
        return new Money(micros);
    }

    /**
     * An exact decimal amount of dollars, e.g. {@code "45000"} or {@code "0.0416"}.
     *
     * @throws ArithmeticException if it has more than six decimal places or is out of range
     */
    public static Money of(BigDecimal dollars) {
        Objects.requireNonNull(dollars, "dollars");
        return new Money(dollars.multiply(MICROS).longValueExact());
    }

    /** JSON form: a number with the exact decimal text of {@link #toPlainString()} ({@code 45000.00}). */
    @JsonValue
    public BigDecimal toJson() {
        return new BigDecimal(toPlainString());
    }

    /** Reads the JSON form (an exact decimal number of dollars). */
    @JsonCreator
    public static Money fromJson(BigDecimal dollars) {
        return of(dollars);
    }

    /** {@link #of(BigDecimal)} from text such as {@code "1400.00"}. */
    public static Money parse(String dollars) {
        return of(new BigDecimal(dollars));
    }

    /** A decimal amount rounded to whole micro-dollars with the given mode. */
    public static Money of(BigDecimal dollars, RoundingMode mode) {
        return new Money(dollars.multiply(MICROS).setScale(0, mode).longValueExact());
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(micros, other.micros));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(micros, other.micros));
    }

    public Money negate() {
        return new Money(Math.negateExact(micros));
    }

    /** This amount times a whole quantity (exact). */
    public Money times(long quantity) {
        return new Money(Math.multiplyExact(micros, quantity));
    }

    /** This amount times a decimal factor, rounded to micro-dollars with {@code mode}. */
    public Money times(BigDecimal factor, RoundingMode mode) {
        return of(toBigDecimal().multiply(factor), mode);
    }

    /** This amount divided by a positive whole number, rounded with {@code mode}. */
    public Money dividedBy(long divisor, RoundingMode mode) {
        if (divisor <= 0) {
            throw new IllegalArgumentException("divisor (" + divisor + ") must be > 0");
        }
        return new Money(BigDecimal.valueOf(micros).divide(BigDecimal.valueOf(divisor), 0, mode).longValueExact());
    }

    /** The exact ratio this / other as a decimal with {@code scale} places, half-even. */
    public BigDecimal ratioTo(Money other, int scale) {
        if (other.micros == 0) {
            throw new ArithmeticException("ratio to $0.00 is undefined");
        }
        return BigDecimal.valueOf(micros).divide(BigDecimal.valueOf(other.micros), scale, RoundingMode.HALF_EVEN);
    }

    public boolean isNegative() {
        return micros < 0;
    }

    public boolean isZero() {
        return micros == 0;
    }

    public Money max(Money other) {
        return micros >= other.micros ? this : other;
    }

    /** The exact amount in dollars (scale 6, or fewer trailing zeros never: always scale 6). */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(micros, 6);
    }

    /** Rounds to whole cents with {@code mode}. */
    public Money toCents(RoundingMode mode) {
        return new Money(BigDecimal.valueOf(micros, 4).setScale(0, mode).longValueExact() * 10_000L);
    }

    /**
     * The exact amount as a plain decimal for CSV and JSON: at least two decimals, up to six,
     * no grouping, no currency sign, {@code '.'} as the decimal point ({@code "-12.50"},
     * {@code "0.000001"}).
     */
    public String toPlainString() {
        BigDecimal d = toBigDecimal().stripTrailingZeros();
        if (d.scale() < 2) {
            d = d.setScale(2, RoundingMode.UNNECESSARY);
        }
        return d.toPlainString();
    }

    /** Report form: {@code "$45,000.00"}, {@code "-$1,234.57"} (cents, half-even). */
    public String format() {
        BigInteger cents = BigDecimal.valueOf(micros, 4).setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
        boolean negative = cents.signum() < 0;
        String digits = cents.abs().toString();
        while (digits.length() < 3) {
            digits = "0" + digits;
        }
        String whole = digits.substring(0, digits.length() - 2);
        String fraction = digits.substring(digits.length() - 2);
        StringBuilder grouped = new StringBuilder();
        int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        grouped.append(whole, 0, lead);
        for (int i = lead; i < whole.length(); i += 3) {
            grouped.append(',').append(whole, i, i + 3);
        }
        return (negative ? "-$" : "$") + grouped + "." + fraction;
    }

    /** Sum of amounts (exact). */
    public static Money sum(Iterable<Money> amounts) {
        Money total = ZERO;
        for (Money m : amounts) {
            total = total.plus(m);
        }
        return total;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(micros, other.micros);
    }

    @Override
    public String toString() {
        return format();
    }
}
