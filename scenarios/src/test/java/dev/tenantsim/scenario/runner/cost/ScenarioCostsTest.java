package dev.tenantsim.scenario.runner.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tenantsim.cost.Money;
import dev.tenantsim.cost.bom.InventoryLine;
import dev.tenantsim.cost.bom.Meter;
import dev.tenantsim.cost.sla.Availability;
import dev.tenantsim.cost.sla.CreditSchedule;
import dev.tenantsim.engine.platform.RetryPolicy;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.model.ControlsSpec;
import dev.tenantsim.scenario.model.PricedItem;
import dev.tenantsim.scenario.model.Stack;
import dev.tenantsim.scenario.runner.model.ControlModels;
import dev.tenantsim.scenario.runner.model.ScenarioModels;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ScenarioCostsTest {
    @Test
    void aStackWithoutItemsIsPricedFromItsSize() {
        Stack s = new Stack(new Stack.App(47, 8), new Stack.Db(3000, 64, 64000), null);
        assertEquals(List.of(new InventoryLine("aws.ec2.m5.2xlarge", 47, Meter.CPU_SECONDS),
                new InventoryLine("aws.rds-mysql.db.m5.large.single-az", 32, Meter.CONNECTION_SECONDS),
                InventoryLine.overhead("aws.elb.alb", 1)), StackPricing.lines(s));
        Stack big = new Stack(new Stack.App(3, 20), null, null);
        assertEquals(new InventoryLine("aws.ec2.m5.4xlarge", 6, Meter.CPU_SECONDS), StackPricing.lines(big).get(0),
                "20 cores per node: two 16-core instances per node");
        Stack none = new Stack(new Stack.App(1, 2), null, null, List.of());
        assertEquals(List.of(), StackPricing.lines(none), "items: [] means nothing of its own");
        Stack own = new Stack(new Stack.App(1, 2), null, null, List.of(new PricedItem("t3.medium", 2, "cpu-seconds")));
        assertEquals(List.of(new InventoryLine("t3.medium", 2, Meter.CPU_SECONDS)), StackPricing.lines(own));
    }

    @Test
    void theDefaultCreditScheduleIsTenPercentBelowThePromiseAndTwentyFiveBelowTenTimesTheDowntime() {
        Scenario s = ScenarioLoader.resolve("megacorp-export");
        var contracts = ScenarioCosts.contracts(ScenarioModels.forRequestLevel(s, 1));
        CreditSchedule enterprise = contracts.schedule("enterprise");
        Money fee = Money.ofDollars(47_000);
        long month = Availability.MINUTES_PER_30_DAYS;
        // 99.95% allows 21.6 min a month; 99.5% allows 216 min
        assertEquals(Money.ZERO, enterprise.credit(fee, new Availability(21, month)));
        assertEquals(Money.ofDollars(4_700), enterprise.credit(fee, new Availability(22, month)));
        assertEquals(Money.ofDollars(4_700), enterprise.credit(fee, new Availability(216, month)));
        assertEquals(Money.ofDollars(11_750), enterprise.credit(fee, new Availability(217, month)));
        assertEquals(Money.ZERO, contracts.schedule("free").credit(Money.ofDollars(10), new Availability(month, month)),
                "a tier without an availability promise owes nothing");
    }

    @Test
    void theBillOfTheCaseStudyVariantsIsExact() {
        Scenario s = ScenarioLoader.resolve("instance-consolidation");
        assertEquals(0, new BigDecimal("45000").compareTo(ScenarioCosts.bill(ScenarioModels.forRequestLevel(s, 1)).total().toBigDecimal()));
        Scenario c = s.variant("consolidated");
        assertEquals(0, new BigDecimal("9000").compareTo(ScenarioCosts.bill(ScenarioModels.forRequestLevel(c, 1)).total().toBigDecimal()));
    }

    @Test
    void retriesBecomeBackoffWithJitterOrImmediateOrNone() {
        assertEquals(RetryPolicy.backoffWithJitter(4, 0.1, 0.4), ControlModels.retryPolicy(new ControlsSpec.Retries(3, Duration.ofMillis(100))));
        assertEquals(RetryPolicy.immediate(3), ControlModels.retryPolicy(new ControlsSpec.Retries(2, Duration.ZERO)));
        assertEquals(RetryPolicy.NONE, ControlModels.retryPolicy(new ControlsSpec.Retries(0, Duration.ofSeconds(1))));
        assertNull(new Stack(new Stack.App(1, 1), null, null).items(), "no items given: priced by size");
    }
}
