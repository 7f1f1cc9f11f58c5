package dev.tenantsim.report.section;

import dev.tenantsim.report.Formats;
import dev.tenantsim.report.chart.ChartRenderer;
import dev.tenantsim.report.html.Blocks;
import dev.tenantsim.report.html.Html;
import dev.tenantsim.report.model.CostLine;
import dev.tenantsim.report.model.CostResult;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.TierResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The bill of materials, the published figure beside it, and showback per tier: only for runs with cost. */
final class CostSection implements ReportSection {
    private static final String CHART = "cost";

    @Override
    public String name() {
        return "cost";
    }

    @Override
    public String description() {
        return "bill of materials and showback";
    }

    @Override
    public void drawCharts(RunOutcome o, ChartRenderer charts, Path dir, Map<String, String> drawn) throws IOException {
        charts.cost(o, dir).ifPresent(f -> drawn.put(CHART, f));
    }

    private static String[] withRule(String[] row, String rule) {
        String[] out = java.util.Arrays.copyOf(row, row.length + 1);
        out[row.length] = rule;
        return out;
    }

    @Override
    public void render(Html h, ReportPage page) {
        RunOutcome o = page.outcome();
        if (!o.hasCost()) {
            return;
        }
        CostResult c = o.cost();
        Blocks.chart(h, page.charts(), CHART, "Cost", "What the topology costs per month (" + c.priceSource() + "), and each tier's share of it.");
        boolean rules = c.bill().stream().anyMatch(l -> !l.rule().equals(CostLine.PRICE_BOOK));
        if (rules) {
            // Reservations, savings plans, spot... priced some lines: say which rule priced each.
            h.table(new String[] {"item", "quantity", "unit", "unit price", "monthly total", "priced by"},
                    c.bill().stream().map(l -> withRule(row(l, c.currency()), l.rule())).toList());
        } else {
            h.table(new String[] {"item", "quantity", "unit", "unit price", "monthly total"},
                    c.bill().stream().map(l -> row(l, c.currency())).toList());
        }
        h.raw("<p>").text("Computed bill: " + Formats.money(c.monthlyBill(), c.currency()) + "/month (the sum of the lines above).");
        if (c.publishedMonthlyBill() != null) {
            h.text(" Published figure: " + Formats.money(c.publishedMonthlyBill(), c.currency()) + "/month. "
                    + (c.publishedNote() == null ? "" : c.publishedNote()));
        }
        h.raw("</p>\n");
        List<String[]> rows = new ArrayList<>();
        for (TierResult t : o.tiers()) {
            rows.add(new String[] {t.tier(), Integer.toString(t.tenants()),
                    t.showback() == null ? "n/a" : Formats.money(t.showback(), c.currency()), Formats.money(t.monthlyRevenue(), c.currency())});
        }
        if (c.platformShowback() != null) {
            rows.add(new String[] {"platform (idle capacity kept, stacks without tenants)", "", Formats.money(c.platformShowback(), c.currency()), ""});
        }
        h.table(new String[] {"showback", "tenants", "monthly cost", "monthly revenue"}, rows);
    }

    private static String[] row(CostLine l, String currency) {
        return new String[] {l.item(), l.quantity().stripTrailingZeros().toPlainString(), l.unit(),
                currency + " " + l.unitPrice().toPlainString(), Formats.money(l.total(), currency)};
    }
}
