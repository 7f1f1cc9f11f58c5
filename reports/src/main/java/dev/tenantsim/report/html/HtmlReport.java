package dev.tenantsim.report.html;

import dev.tenantsim.report.Formats;
import dev.tenantsim.report.PlainSummary;
import dev.tenantsim.report.Section;
import dev.tenantsim.report.model.Comparison;
import dev.tenantsim.report.model.CostLine;
import dev.tenantsim.report.model.PriceMove;
import dev.tenantsim.report.model.PriceSheetResult;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.StackResult;
import dev.tenantsim.report.model.TenantResult;
import dev.tenantsim.report.model.TierResult;
import dev.tenantsim.report.model.WindowResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code index.html}: self-contained (inline style, no scripts, no network; the charts are PNG
 * files beside it). The plain-language summary comes first, then one section per chart, the
 * tables, the caveats of the engine and a glossary quoting docs/metrics.md.
 */
public final class HtmlReport {
    /** Rows of the per-tenant table in the page (the CSV has all of them). */
    static final int TENANT_ROWS = 25;

    private HtmlReport() {
    }

    /** The page for one run; {@code charts} maps a section key to its PNG file name. */
    public static String page(RunOutcome o, Map<String, String> charts, List<String> files) {
        return page(o, charts, files, EnumSet.allOf(Section.class));
    }

    /** The page with only {@code shown} sections (the engine's caveats and the glossary always). */
    public static String page(RunOutcome o, Map<String, String> charts, List<String> files, Set<Section> shown) {
        Html h = head("tenantsim report: " + o.info().scenario()
                + ("base".equals(o.info().variant()) ? "" : " (" + o.info().variant() + ")"));
        if (o.info().description() != null) {
            h.el("p", o.info().description());
        }
        if (shown.contains(Section.SUMMARY)) {
            h.raw("<section class=\"summary\"><h2>In plain words</h2><ul>\n");
            for (String s : PlainSummary.of(o)) {
                h.raw("<li>").text(s).raw("</li>\n");
            }
            h.raw("</ul></section>\n");
        }
        notes(h, o.info().notes());

        section(h, charts, "latency", "Latency per tier",
                "How long requests took, per tier, next to the tier's p99 objective. Bars above the objective mean the tier missed its SLO.");
        if (shown.contains(Section.LATENCY_BY_TIER)) {
            h.table(new String[] {"tier", "tenants", "p50", "p95", "p99", "p99 objective", "tenants breaching", "error rate",
                            "errors by cause (per replication)"},
                    o.tiers().stream().map(HtmlReport::tierRow).toList());
        }
        section(h, charts, "noisy", "Noisy neighbors",
                "Which tenants use the most of the capacity they share with others. A tenant far ahead of the rest is the likely aggressor.");
        section(h, charts, "blast", "Blast radius over time",
                "The share of tenants breaching their objective, minute by minute.");
        if (!o.windows().isEmpty() && shown.contains(Section.BLAST_RADIUS)) {
            h.table(new String[] {"window", "from", "to", "tenants breaching", "share of tenants", "share of revenue"},
                    o.windows().stream().map(w -> windowRow(w, o.info().horizonStart())).toList());
        }
        section(h, charts, "utilization", "Utilization",
                "How busy each stack was. Close to 100% means requests queue; far below means capacity is paid for but idle.");
        section(h, charts, "heatmap", "Utilization per stack over the horizon",
                "Each row is a stack, each column a time slice (hourly over a quarter); darker red is busier. Cells that stay pale are"
                        + " capacity paid for but idle; red streaks are where tenants queue.");
        if (shown.contains(Section.UTILIZATION)) {
            h.table(new String[] {"stack", "kind", "servers", "tenants", "mean utilization", "peak utilization"},
                    o.stacks().stream().map(HtmlReport::stackRow).toList());
        }
        if (o.hasCost() && shown.contains(Section.COST)) {
            section(h, charts, "cost", "Cost",
                    "What the topology costs per month (" + o.cost().priceSource() + "), and each tier's share of it.");
            h.table(new String[] {"item", "quantity", "unit", "unit price", "monthly total"},
                    o.cost().bill().stream().map(l -> costRow(l, o.cost().currency())).toList());
            costFigures(h, o);
        }
        if (o.priceSheet() != null && !o.priceSheet().moves().isEmpty() && shown.contains(Section.PRICE_SHEET)) {
            priceSheet(h, o.priceSheet());
        }
        h.el("h2", "Tenants (most affected first)");
        List<TenantResult> worst = o.tenants().stream()
                .sorted(Comparator.comparingDouble(TenantResult::violationMinutes).reversed()
                        .thenComparing(Comparator.comparingDouble((TenantResult t) -> t.latency().p99Ms() / t.sloP99Ms()).reversed())
                        .thenComparing(TenantResult::id))
                .limit(TENANT_ROWS).toList();
        h.table(new String[] {"tenant", "tier", "stack", "p99", "objective", "violation minutes", "availability", "share of stack",
                        "p99 shared / solo"},
                worst.stream().map(HtmlReport::tenantRow).toList());
        h.raw("<p class=\"small\">All tenants: <a href=\"tenants.csv\">tenants.csv</a>.</p>\n");
        glossary(h, o.hasCost());
        files(h, files);
        return tail(h, o.info().engine());
    }

    /** The side-by-side page for a comparison. */
    public static String comparisonPage(Comparison c, Map<String, String> charts, List<String> variantFolders, List<String> files) {
        Html h = head("tenantsim comparison: " + c.scenario());
        if (c.reference().info().description() != null) {
            h.el("p", c.reference().info().description());
        }
        h.raw("<section class=\"summary\"><h2>In plain words</h2><ul>\n");
        for (String s : PlainSummary.of(c)) {
            h.raw("<li>").text(s).raw("</li>\n");
        }
        h.raw("</ul></section>\n");
        List<String> notes = new ArrayList<>();
        c.outcomes().forEach(o -> o.info().notes().stream().filter(n -> !notes.contains(n)).forEach(notes::add));
        notes(h, notes);
        h.el("h2", "Side by side");
        List<String[]> rows = new ArrayList<>();
        for (RunOutcome o : c.outcomes()) {
            double peak = o.stacks().stream().mapToDouble(StackResult::peakUtilization).max().orElse(0);
            rows.add(new String[] {o.info().variant(), Integer.toString(o.tenants().size()),
                    Formats.percent(o.blastRadius().shareOfTenants()), Formats.percent(o.blastRadius().shareOfRevenue()),
                    Formats.percent(peak), o.hasCost() ? Formats.money(o.cost().monthlyBill(), o.cost().currency()) : "n/a"});
        }
        h.table(new String[] {"variant", "tenants", "tenants breaching", "revenue breaching", "peak utilization", "monthly bill"}, rows);
        h.el("h2", "p99 per tier, by variant");
        List<String> header = new ArrayList<>(List.of("tier", "objective"));
        c.outcomes().forEach(o -> header.add(o.info().variant()));
        List<String[]> tierRows = new ArrayList<>();
        for (TierResult t : c.reference().tiers()) {
            List<String> row = new ArrayList<>(List.of(t.tier(), Formats.millis(t.sloP99Ms())));
            for (RunOutcome o : c.outcomes()) {
                row.add(o.tiers().stream().filter(x -> x.tier().equals(t.tier())).findFirst()
                        .map(x -> Formats.millis(x.latency().p99Ms())).orElse("n/a"));
            }
            tierRows.add(row.toArray(String[]::new));
        }
        h.table(header.toArray(String[]::new), tierRows);
        section(h, charts, "compare-blast", "Blast radius by variant", "Share of tenants, and of revenue, with at least one SLO-violation minute.");
        section(h, charts, "compare-p99", "p99 per tier by variant", "The tail latency of each tier under each variant.");
        h.el("h2", "Full report of each run");
        h.raw("<ul>\n");
        for (int i = 0; i < variantFolders.size(); i++) {
            h.raw("<li><a href=\"").text(variantFolders.get(i)).raw("/index.html\">")
                    .text(c.outcomes().get(i).info().variant()).raw("</a></li>\n");
        }
        h.raw("</ul>\n");
        glossary(h, c.outcomes().stream().anyMatch(RunOutcome::hasCost));
        files(h, files);
        return tail(h, c.reference().info().engine());
    }

    private static Html head(String title) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>").text(title).raw("</title>\n");
        h.raw("""
                <style>
                body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
                h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ddd}
                .summary{background:#f4f8fb;border-left:4px solid #2a6ebb;padding:.5em 1.5em}
                .summary li{margin:.4em 0;font-size:1.05em}
                .notes{background:#fff8e5;border-left:4px solid #e0a800;padding:.5em 1.5em}
                table{border-collapse:collapse;margin:1em 0;font-size:.9em}th,td{border:1px solid #ccc;padding:.25em .6em;text-align:right}
                th{background:#eee}td:first-child,th:first-child{text-align:left}
                figure{margin:1em 0}img{max-width:100%}figcaption,.small{color:#666;font-size:.85em}
                dt{font-weight:bold;margin-top:.5em}
                </style></head><body>
                """);
        h.el("h1", title);
        return h;
    }

    private static String tail(Html h, String engine) {
        h.raw("<p class=\"small\">Produced by tenantsim with the ").text(engine).raw(".</p>\n</body></html>\n");
        return h.toString();
    }

    private static void notes(Html h, List<String> notes) {
        if (notes.isEmpty()) {
            return;
        }
        h.raw("<section class=\"notes\"><h3>Read with care</h3><ul>\n");
        for (String n : notes) {
            h.raw("<li>").text(n).raw("</li>\n");
        }
        h.raw("</ul></section>\n");
    }

    private static void section(Html h, Map<String, String> charts, String key, String title, String explanation) {
        String file = charts.get(key);
        if (file == null) {
            return;
        }
        h.el("h2", title);
        h.el("p", explanation);
        h.img(file, title);
    }

    private static void glossary(Html h, boolean withCost) {
        h.el("h2", "Glossary");
        h.raw("<p class=\"small\">Definitions from tenantsim's docs/metrics.md; every figure above uses exactly these.</p>\n<dl>\n");
        Glossary.RUN.forEach((k, v) -> h.raw("<dt>").text(k).raw("</dt><dd>").text(v).raw("</dd>\n"));
        if (withCost) {
            Glossary.COST.forEach((k, v) -> h.raw("<dt>").text(k).raw("</dt><dd>").text(v).raw("</dd>\n"));
        }
        h.raw("</dl>\n");
    }

    private static void files(Html h, List<String> files) {
        h.el("h2", "Files in this report");
        h.raw("<ul class=\"small\">\n");
        for (String f : files) {
            h.raw("<li><a href=\"").text(f).raw("\">").text(f).raw("</a></li>\n");
        }
        h.raw("</ul>\n");
    }

    private static String[] tierRow(TierResult t) {
        return new String[] {t.tier(), Integer.toString(t.tenants()), Formats.millis(t.latency().p50Ms()),
                Formats.millis(t.latency().p95Ms()), Formats.millis(t.latency().p99Ms()), Formats.millis(t.sloP99Ms()),
                t.tenantsBreaching() + " of " + t.tenants(), Formats.percent(t.errorRate()), causes(t.errorsByCause())};
    }

    /** What each move up the isolation ladder costs us, the SLA risk it removes, and its list price. */
    private static void priceSheet(Html h, PriceSheetResult p) {
        h.el("h2", "Isolation-uplift price sheet");
        h.el("p", "Moves the most affected tenants could buy, priced at a " + Formats.percent(p.targetMargin().doubleValue())
                + " target gross margin. " + (p.definition() == null ? "" : p.definition()));
        List<String[]> rows = new ArrayList<>();
        for (PriceMove m : p.moves()) {
            rows.add(new String[] {m.tenant(), m.tier(), m.from() + " → " + m.to(), String.format(java.util.Locale.ROOT, "%.2f", m.peakDemand()),
                    Formats.money(m.costFrom(), p.currency()), Formats.money(m.costTo(), p.currency()),
                    Formats.money(m.deltaCost(), p.currency()), Formats.money(m.creditsFrom(), p.currency()),
                    Formats.money(m.creditsTo(), p.currency()), Formats.money(m.listPrice(), p.currency())});
        }
        h.table(new String[] {"tenant", "tier", "move", "peak demand (cores)", "cost now", "cost after", "ΔC",
                "SLA credits now", "SLA credits after", "list price / month"}, rows);
    }

    /** "pool-timeout 1,248; rate-limited 12" or "none". */
    static String causes(Map<String, Double> byCause) {
        if (byCause.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        byCause.forEach((cause, n) -> parts.add(cause + " " + String.format(java.util.Locale.ROOT, "%,.0f", n)));
        return String.join("; ", parts);
    }

    /** The bill's total, the published figure beside it, showback per tier and the platform's own line. */
    private static void costFigures(Html h, RunOutcome o) {
        var c = o.cost();
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

    private static String[] windowRow(WindowResult w, String horizonStart) {
        return new String[] {w.label(), Formats.moment(horizonStart, w.fromSeconds()), Formats.moment(horizonStart, w.toSeconds()),
                w.tenantsBreaching() + " of " + w.tenantsConsidered(), Formats.percent(w.shareOfTenants()),
                Formats.percent(w.shareOfRevenue())};
    }

    private static String[] stackRow(StackResult s) {
        return new String[] {s.name(), s.kind(), Integer.toString(s.servers()), Integer.toString(s.tenants()),
                Formats.percent(s.meanUtilization()), Formats.percent(s.peakUtilization())};
    }

    private static String[] costRow(CostLine l, String currency) {
        return new String[] {l.item(), l.quantity().stripTrailingZeros().toPlainString(), l.unit(),
                currency + " " + l.unitPrice().toPlainString(), Formats.money(l.total(), currency)};
    }

    private static String[] tenantRow(TenantResult t) {
        return new String[] {t.id(), t.tier(), t.stack(), Formats.millis(t.latency().p99Ms()), Formats.millis(t.sloP99Ms()),
                Formats.number(Math.round(t.violationMinutes() * 10) / 10.0), Formats.availability(t.availability()),
                Formats.percent(t.loadShare()),
                Double.isNaN(t.noisyNeighborImpact()) ? "" : String.format(java.util.Locale.ROOT, "%.2f", t.noisyNeighborImpact())};
    }
}
