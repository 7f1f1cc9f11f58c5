package dev.tenantsim.cost.sla;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One step of a credit schedule: when availability is below {@code availabilityBelow}, the
 * tenant is owed {@code credit} (a fraction) of its monthly fee. {@code 0.999, 0.10} reads
 * "10% of the monthly fee below 99.9%".
 */
public record CreditStep(BigDecimal availabilityBelow, BigDecimal credit) {
    public CreditStep {
        Objects.requireNonNull(availabilityBelow, "availabilityBelow");
        Objects.requireNonNull(credit, "credit");
        if (availabilityBelow.signum() <= 0 || availabilityBelow.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("creditSchedule.availabilityBelow (" + availabilityBelow.toPlainString()
                    + ") must be in (0, 1]");
        }
        if (credit.signum() < 0 || credit.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("creditSchedule.credit (" + credit.toPlainString() + ") must be in [0, 1]");
        }
    }

    /** From text: {@code of("0.999", "0.10")}. */
    public static CreditStep of(String availabilityBelow, String credit) {
        return new CreditStep(new BigDecimal(availabilityBelow), new BigDecimal(credit));
    }
}
