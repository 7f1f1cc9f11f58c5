package dev.tenantsim.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.junit.jupiter.api.Test;

final class MoneyTest {

    @Test
    void formatsDollarsWithCommaGroupingAndCents() {
        assertEquals("$45,000.00", Money.ofDollars(45_000).format());
        assertEquals("$0.00", Money.ZERO.format());
        assertEquals("$0.05", Money.parse("0.05").format());
        assertEquals("$999.99", Money.parse("999.99").format());
        assertEquals("$1,000.00", Money.parse("1000").format());
        assertEquals("$1,234,567.89", Money.parse("1234567.89").format());
        assertEquals("-$1,234.50", Money.parse("-1234.5").format());
    }

    @Test
    void formattingDoesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("$45,000.00", Money.ofDollars(45_000).format());
            assertEquals("30.368", Money.parse("30.368").toPlainString());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void formatRoundsToCentsHalfEven() {
        assertEquals("$0.12", Money.parse("0.125").format());
        assertEquals("$0.14", Money.parse("0.135").format());
        assertEquals("$0.13", Money.parse("0.125001").format());
    }

    @Test
    void plainStringIsExactWithAtLeastTwoDecimals() {
        assertEquals("45000.00", Money.ofDollars(45_000).toPlainString());
        assertEquals("0.000001", Money.ofMicros(1).toPlainString());
        assertEquals("30.368", Money.parse("30.368").toPlainString());
        assertEquals("-12.50", Money.parse("-12.5").toPlainString());
    }

    @Test
    void arithmeticIsExact() {
        Money a = Money.parse("0.1");
        Money sum = Money.ZERO;
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(a);
        }
        assertEquals(Money.ofDollars(1), sum);
        assertEquals(Money.ofDollars(6_000), Money.ofDollars(30).times(200));
        assertEquals(Money.parse("0.333333"), Money.ofDollars(1).dividedBy(3, RoundingMode.HALF_EVEN));
        assertEquals(Money.parse("3.04"), Money.parse("30.40").times(new BigDecimal("0.1"), RoundingMode.HALF_EVEN));
    }

    @Test
    void aFractionOfAMicroDollarIsRejectedNotRounded() {
        assertThrows(ArithmeticException.class, () -> Money.parse("0.0000001"));
    }

    @Test
    void overflowThrowsInsteadOfWrapping() {
        Money big = Money.ofMicros(Long.MAX_VALUE);
        assertThrows(ArithmeticException.class, () -> big.plus(Money.ofMicros(1)));
        assertThrows(ArithmeticException.class, () -> big.times(2));
    }
}
