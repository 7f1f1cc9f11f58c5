package dev.tenantsim.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tenantsim.cost.bom.Meter;
import dev.tenantsim.cost.bom.StackKind;
import dev.tenantsim.cost.showback.IdleRule;
import dev.tenantsim.cost.showback.ShowbackLine;
import org.junit.jupiter.api.Test;

/** results.json carries money as exact decimal numbers and enums by their YAML names. */
final class JsonFormTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void moneyIsAnExactDecimalNumberAndReadsBack() throws Exception {
        assertEquals("45000.00", json.writeValueAsString(Money.ofDollars(45_000)));
        assertEquals("0.000001", json.writeValueAsString(Money.ofMicros(1)));
        assertEquals(Money.parse("30.368"), json.readValue("30.368", Money.class));
    }

    @Test
    void recordsAndEnumsUseYamlNames() throws Exception {
        ShowbackLine l = new ShowbackLine(3, "cell-1", Meter.CPU_SECONDS, Money.parse("12.5"), Money.ZERO);
        assertEquals("{\"tenant\":3,\"stackId\":\"cell-1\",\"meter\":\"cpu-seconds\",\"used\":12.50,\"idle\":0.00,"
                + "\"platform\":false}", json.writeValueAsString(l));
        assertEquals(StackKind.PERFORMANCE_CELL, json.readValue("\"performance-cell\"", StackKind.class));
        assertEquals(IdleRule.PLATFORM, json.readValue("\"platform\"", IdleRule.class));
    }
}
