package dev.tenantsim.report.section;

import dev.tenantsim.report.Formats;
import dev.tenantsim.report.html.Html;
import dev.tenantsim.report.model.DrillOutcome;
import dev.tenantsim.report.model.EventResult;
import dev.tenantsim.report.model.RunOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The drills' per-tenant account under the Events table: for each outage-like event, who failed
 * over, who stayed down for residency, availability per tier in the window, the incident's SLA
 * credits, and the tenants' down minutes.
 */
final class DrillTables {
    private DrillTables() {
    }

    static void render(Html h, RunOutcome o) {
        List<String[]> rows = new ArrayList<>();
        List<String[]> down = new ArrayList<>();
        for (EventResult e : o.events()) {
            DrillOutcome d = e.drill();
            if (d == null || (d.downMinutes().isEmpty() && d.failedOver().isEmpty())) {
                continue;
            }
            StringBuilder tiers = new StringBuilder();
            d.availabilityByTier().forEach((t, a) -> tiers.append(tiers.length() == 0 ? "" : ", ").append(t).append(' ')
                    .append(Formats.availability(a)));
            rows.add(new String[] {e.kind() + " " + e.target(), String.valueOf(d.failedOver().size()),
                    d.residencyDown().isEmpty() ? "none" : String.join(", ", d.residencyDown()),
                    d.pairDown().isEmpty() ? "none" : String.join(", ", d.pairDown()), tiers.toString(),
                    Formats.money(d.slaCredits(), "USD"), String.valueOf(d.failedChanges())});
            for (Map.Entry<String, Integer> m : d.downMinutes().entrySet()) {
                down.add(new String[] {e.kind() + " " + e.target(), m.getKey(), String.valueOf(m.getValue())});
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        h.el("p", "Per drill: tenants failed over, tenants down because their residency forbids the pair's region (or the pair was"
                + " down too), availability per tier over the window (1 - violation minutes / window minutes), the incident's SLA"
                + " credits (the tiers' schedules on a month with only the window's violation minutes) and changes that failed.");
        h.table(new String[] {"event", "failed over", "down for residency", "down, pair down too", "availability in window by tier",
                "SLA credits", "failed changes"}, rows);
        h.el("p", "Down minutes per tenant: minutes of the window in which its requests failed on arrival for at least half the minute.");
        h.table(new String[] {"event", "tenant", "down minutes"}, down.size() > 200 ? down.subList(0, 200) : down);
    }
}
