package dev.tenantsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden test of the plain-language summary: the words a finance or sales reader sees first. */
final class PlainSummaryTest {
    @Test
    void summaryOfARunReadsAsWritten() {
        assertEquals(List.of(
                "fixture: 3 tenants on one pooled stack, 3 min simulated, 3 replications, seed 7.",
                "1 of 2 tenants (50%) breached their p99 latency objective in at least one minute (not counting bigco, "
                        + "the tenant that used the most capacity); they bring in 50% of monthly revenue.",
                "During the export window (00:01–00:02), 50% of tenants breached their p99 objective (50% of revenue).",
                "The pro tier missed its objective overall: p99 420 ms against 200 ms.",
                "The busiest stack, pool, peaked at 97% utilization (69% on average).",
                "Infrastructure costs $125/month against $12,800/month of revenue (gross margin 99%); expected SLA credits $0/month."),
                PlainSummary.of(Fixtures.outcome()));
    }

    @Test
    void summaryOfAComparisonNamesEachVariant() {
        assertEquals(List.of(
                "fixture: 2 runs compared with the same random arrivals (common random numbers); the reference is base.",
                "During the export window (00:01–00:02), 50% of tenants breached their p99 objective with base (50% of revenue); 50% with quotas.",
                "Over the whole run, with base, 50% of tenants breached their p99 objective (50% of revenue).",
                "With quotas, 0% did (50% of revenue); the bill is $125/month (the same as base)."),
                PlainSummary.of(Fixtures.comparison()));
    }

    @Test
    void percentagesKeepOneDecimalBelowTen() {
        assertEquals("0.4%", Formats.percent(0.004));
        assertEquals("94%", Formats.percent(0.94));
        assertEquals("0%", Formats.percent(0));
        assertEquals("99.95%", Formats.availability(0.9995));
        assertEquals("$47,000", Formats.money(new java.math.BigDecimal("47000"), "USD"));
        assertEquals("250 ms", Formats.millis(250));
        assertEquals("2 h", Formats.span(7200));
        assertEquals("90 d", Formats.span(90 * 86400));
        assertEquals("10:42", Formats.moment("2025-03-17T10:00Z", 42 * 60));
        assertEquals("+0:42", Formats.moment(null, 42 * 60));
    }
}
