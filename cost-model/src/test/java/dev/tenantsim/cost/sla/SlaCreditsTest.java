package dev.tenantsim.cost.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenantsim.cost.CostInputException;
import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.MoneyEstimate;
import dev.tenantsim.cost.tenant.TenantFacts;
import dev.tenantsim.cost.tenant.TenantRoster;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class SlaCreditsTest {
    static final CreditSchedule STANDARD = CreditSchedule.standard();
    static final CreditSchedule ENTERPRISE = new CreditSchedule(List.of(CreditStep.of("0.9995", "0.10"),
            CreditStep.of("0.999", "0.25")));
    static final TenantRoster ROSTER = new TenantRoster(List.of(
            new TenantFacts("a", "pro", 100, Money.ofDollars(400)),
            new TenantFacts("b", "pro", 100, Money.ofDollars(400)),
            new TenantFacts("f", "free", 3, Money.ZERO),
            new TenantFacts("e", "enterprise", 50_000, Money.ofDollars(47_000))));
    static final SlaContracts CONTRACTS = new SlaContracts(Map.of("free", CreditSchedule.none(), "pro", STANDARD,
            "enterprise", ENTERPRISE));

    private static Availability minutes(long violations) {
        return new Availability(violations, 1_000);
    }

    @Test
    void thresholdsAreComparedExactlyAndTheLargestApplicableCreditWins() {
        assertEquals(BigDecimal.ZERO, STANDARD.creditFraction(minutes(1)), "exactly 99.9% is not below 99.9%");
        assertEquals(new BigDecimal("0.10"), STANDARD.creditFraction(minutes(2)));
        assertEquals(new BigDecimal("0.10"), STANDARD.creditFraction(minutes(10)), "exactly 99% is not below 99%");
        assertEquals(new BigDecimal("0.25"), STANDARD.creditFraction(minutes(11)), "25%, not 10% + 25%");
        long month = Availability.MINUTES_PER_30_DAYS;
        assertEquals(BigDecimal.ZERO, STANDARD.creditFraction(new Availability(43, month)), "99.9005%");
        assertEquals(new BigDecimal("0.10"), STANDARD.creditFraction(new Availability(44, month)), "99.8981%");
        assertEquals("0.998981", new Availability(44, month).value(6).toPlainString());
        assertEquals(Money.ofDollars(100), STANDARD.credit(Money.ofDollars(400), minutes(11)));
    }

    @Test
    void creditsPerTenantTierAndTotalWithAStudentTIntervalOverReplications() {
        Availability ok = minutes(0);
        List<Availability[]> reps = List.of(
                new Availability[] {ok, ok, minutes(500), ok},
                new Availability[] {minutes(2), ok, ok, new Availability(6, 10_000)},   // e at 99.94%: 10%
                new Availability[] {minutes(11), ok, ok, new Availability(11, 10_000)}); // e at 99.89%: 25%
        SlaCredits c = SlaCreditCalculator.credits(ROSTER, CONTRACTS, reps);
        assertEquals(3, c.replications());
        assertEquals(Money.ofDollars(40), c.credit(1, 0));
        assertEquals(Money.ofDollars(4_700), c.credit(1, 3));
        assertEquals(Money.ofDollars(11_750), c.credit(2, 3));
        assertEquals(Money.ZERO, c.tenant("f").mean(), "a free tenant with no SLA is never credited");

        MoneyEstimate e = c.tenant("e");
        // mean (0 + 4,700 + 11,750) / 3; s = 5,914.036974; half-width t(0.975, 2) s / sqrt(3) = 14,691.282277
        assertEquals(Money.parse("5483.333333"), e.mean());
        assertEquals(14_691.282277, e.halfWidth().toBigDecimal().doubleValue(), 1e-5);
        assertTrue(e.hasInterval());
        assertEquals(Money.parse("46.666667"), c.tier("pro").mean(), "(0 + 40 + 100) / 3");
        assertEquals(Money.parse("5530.00"), c.total().mean(), "(0 + 4,740 + 11,850) / 3");
        assertEquals(List.of("enterprise", "free", "pro"), List.copyOf(c.byTier().keySet()));
    }

    @Test
    void oneReplicationHasNoInterval() {
        List<Availability[]> reps = List.<Availability[]>of(new Availability[] {minutes(2), minutes(0), minutes(0), minutes(0)});
        MoneyEstimate total = SlaCreditCalculator.credits(ROSTER, CONTRACTS, reps).total();
        assertFalse(total.hasInterval());
        assertEquals(Money.ofDollars(40), total.lower());
        assertEquals(Money.ofDollars(40), total.upper());
    }

    @Test
    void studentTQuantilesMatchTables() {
        assertEquals(12.706204736174698, MoneyEstimate.tQuantile975(1), 1e-9);
        assertEquals(4.302652729911275, MoneyEstimate.tQuantile975(2), 1e-9);
        assertEquals(2.045229642132703, MoneyEstimate.tQuantile975(29), 1e-9);
        MoneyEstimate two = MoneyEstimate.of(List.of(Money.ofDollars(1_000), Money.ofDollars(1_200)));
        assertEquals(1_270.620474, two.halfWidth().toBigDecimal().doubleValue(), 1e-5);
    }

    @Test
    void aTierWithoutAScheduleAndAShortAvailabilityArrayAreReportedTogether() {
        SlaContracts missing = new SlaContracts(Map.of("free", CreditSchedule.none(), "pro", STANDARD));
        List<Availability[]> reps = List.<Availability[]>of(new Availability[] {minutes(0)});
        CostInputException e = assertThrows(CostInputException.class,
                () -> SlaCreditCalculator.credits(ROSTER, missing, reps));
        assertEquals(List.of("slaContracts.enterprise is missing: tier enterprise has no credit schedule (give an empty one for no SLA)",
                "availability[0] (1 tenants) must have one entry per tenant (4)"), e.problems());
    }

    @Test
    void contractWordingParsesToTheSameSchedule() {
        assertEquals(STANDARD, CreditSchedule.parse("10% below 99.9%, 25% below 99%"));
        assertEquals(ENTERPRISE, CreditSchedule.parse("25% below 99.9%,10% below 99.95%"));
        assertEquals(CreditSchedule.none(), CreditSchedule.parse("none"));
        assertEquals("creditSchedule (10 percent below 99.9) must read like \"10% below 99.9%\", steps separated by commas",
                assertThrows(IllegalArgumentException.class, () -> CreditSchedule.parse("10 percent below 99.9")).getMessage());
    }

    @Test
    void badSchedulesAndAvailabilitiesAreRejected() {
        assertEquals("creditSchedule credit below 0.99 (0.05) must be >= the credit below 0.999 (0.10)",
                assertThrows(IllegalArgumentException.class, () -> new CreditSchedule(List.of(CreditStep.of("0.999", "0.10"),
                        CreditStep.of("0.99", "0.05")))).getMessage());
        assertEquals("creditSchedule.credit (1.5) must be in [0, 1]",
                assertThrows(IllegalArgumentException.class, () -> CreditStep.of("0.99", "1.5")).getMessage());
        assertEquals("violationMinutes (1001) must be in [0, 1000]",
                assertThrows(IllegalArgumentException.class, () -> new Availability(1_001, 1_000)).getMessage());
    }
}
