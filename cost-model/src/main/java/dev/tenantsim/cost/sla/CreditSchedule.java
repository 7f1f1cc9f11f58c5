package dev.tenantsim.cost.sla;

import dev.tenantsim.cost.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contract's SLA credit schedule: the credit owed is the largest credit among the steps whose
 * threshold the availability is below (so 98.5% under "10% below 99.9%, 25% below 99%" earns
 * 25%, not 35%). A lower threshold must carry at least the credit of a higher one. An empty
 * schedule (e.g. a free tier with no SLA) never credits.
 */
public record CreditSchedule(List<CreditStep> steps) {
    public CreditSchedule {
        List<CreditStep> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparing(CreditStep::availabilityBelow).reversed());
        for (int i = 1; i < sorted.size(); i++) {
            CreditStep higher = sorted.get(i - 1);
            CreditStep lower = sorted.get(i);
            if (lower.availabilityBelow().compareTo(higher.availabilityBelow()) == 0) {
                throw new IllegalArgumentException("creditSchedule threshold (" + lower.availabilityBelow().toPlainString()
                        + ") appears twice");
            }
            if (lower.credit().compareTo(higher.credit()) < 0) {
                throw new IllegalArgumentException("creditSchedule credit below " + lower.availabilityBelow().toPlainString()
                        + " (" + lower.credit().toPlainString() + ") must be >= the credit below "
                        + higher.availabilityBelow().toPlainString() + " (" + higher.credit().toPlainString() + ")");
            }
        }
        steps = List.copyOf(sorted);
    }

    /** The example of docs/metrics.md: 10% of the monthly fee below 99.9%, 25% below 99%. */
    public static CreditSchedule standard() {
        return new CreditSchedule(List.of(CreditStep.of("0.999", "0.10"), CreditStep.of("0.99", "0.25")));
    }

    /**
     * Parses the contract wording used in scenario files, e.g. {@code "10% below 99.9%, 25% below
     * 99%"} ({@code "none"} or blank for no SLA). Errors read {@code "creditSchedule (text) ..."}.
     */
    public static CreditSchedule parse(String text) {
        if (text == null || text.isBlank() || text.trim().equals("none")) {
            return none();
        }
        List<CreditStep> steps = new ArrayList<>();
        for (String part : text.split(",")) {
            Matcher m = STEP.matcher(part.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("creditSchedule (" + part.trim()
                        + ") must read like \"10% below 99.9%\", steps separated by commas");
            }
            steps.add(new CreditStep(new BigDecimal(m.group(2)).movePointLeft(2), new BigDecimal(m.group(1)).movePointLeft(2)));
        }
        return new CreditSchedule(steps);
    }

    private static final Pattern STEP =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%\\s+below\\s+(\\d+(?:\\.\\d+)?)\\s*%");

    /** No SLA: never credits. */
    public static CreditSchedule none() {
        return new CreditSchedule(List.of());
    }

    /** Fraction of the monthly fee owed at an availability. */
    public BigDecimal creditFraction(Availability a) {
        BigDecimal f = BigDecimal.ZERO;
        for (CreditStep s : steps) {
            if (a.isBelow(s.availabilityBelow()) && s.credit().compareTo(f) > 0) {
                f = s.credit();
            }
        }
        return f;
    }

    /** Credit owed on a monthly fee at an availability, rounded half-even to a micro-dollar. */
    public Money credit(Money monthlyFee, Availability a) {
        return monthlyFee.times(creditFraction(a), RoundingMode.HALF_EVEN);
    }
}
