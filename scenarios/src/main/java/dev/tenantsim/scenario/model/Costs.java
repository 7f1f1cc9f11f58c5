package dev.tenantsim.scenario.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Money settings of a scenario ({@code costs:}): items shared by the whole platform (estate-wide
 * monitoring, data transfer), SLA credit schedules per tier (contract wording, e.g.
 * "10% below 99.9%, 25% below 99%"), and a total a source published for this topology, shown
 * beside the computed bill with the reason they differ.
 *
 * @param publishedMonthlyBill null when none
 * @param publishedNote        null when none
 */
public record Costs(List<PricedItem> shared, Map<String, String> slaCredits, BigDecimal publishedMonthlyBill,
                    String publishedNote) {
    public static final Costs NONE = new Costs(List.of(), Map.of(), null, null);

    public Costs {
        shared = List.copyOf(shared);
        slaCredits = Collections.unmodifiableMap(new LinkedHashMap<>(slaCredits));
    }
}
