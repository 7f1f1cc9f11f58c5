package dev.tenantsim.report.section;

import dev.tenantsim.report.Formats;
import dev.tenantsim.report.html.Html;
import dev.tenantsim.report.model.PriceMove;
import dev.tenantsim.report.model.PriceSheetResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What each move up the isolation ladder costs us, the SLA risk it removes, and its list price. */
final class PriceSheetSection implements ReportSection {
    @Override
    public String name() {
        return "priceSheet";
    }

    @Override
    public String description() {
        return "isolation-uplift price sheet for the tenants most affected";
    }

    @Override
    public void render(Html h, ReportPage page) {
        PriceSheetResult p = page.outcome().priceSheet();
        if (p == null || p.moves().isEmpty()) {
            return;
        }
        h.el("h2", "Isolation-uplift price sheet");
        h.el("p", "Moves the most affected tenants could buy, priced at a " + Formats.percent(p.targetMargin().doubleValue())
                + " target gross margin. " + (p.definition() == null ? "" : p.definition()));
        List<String[]> rows = new ArrayList<>();
        for (PriceMove m : p.moves()) {
            rows.add(new String[] {m.tenant(), m.tier(), m.from() + " → " + m.to(), String.format(Locale.ROOT, "%.2f", m.peakDemand()),
                    Formats.money(m.costFrom(), p.currency()), Formats.money(m.costTo(), p.currency()),
                    Formats.money(m.deltaCost(), p.currency()), Formats.money(m.creditsFrom(), p.currency()),
                    Formats.money(m.creditsTo(), p.currency()), Formats.money(m.listPrice(), p.currency())});
        }
        h.table(new String[] {"tenant", "tier", "move", "peak demand (cores)", "cost now", "cost after", "ΔC",
                "SLA credits now", "SLA credits after", "list price / month"}, rows);
    }
}
