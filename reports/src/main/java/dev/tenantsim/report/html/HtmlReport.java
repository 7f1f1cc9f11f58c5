package dev.tenantsim.report.html;

import dev.tenantsim.report.Formats;
import dev.tenantsim.report.PlainSummary;
import dev.tenantsim.report.model.Comparison;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.StackResult;
import dev.tenantsim.report.model.TierResult;
import dev.tenantsim.report.section.ReportPage;
import dev.tenantsim.report.section.ReportSection;
import dev.tenantsim.report.section.ReportSections;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code index.html}: self-contained (inline style, no scripts, no network; the charts are PNG
 * files beside it). A run's page is its sections in {@link ReportSections} order, each rendering
 * itself: the plain-language summary first, then one section per chart, the tables, the caveats
 * of the engine and a glossary quoting docs/metrics.md.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    /** The page for one run; {@code charts} maps a section's chart key to its PNG file name. */
    public static String page(RunOutcome o, Map<String, String> charts, List<String> files) {
        return page(o, charts, files, ReportSections.everything());
    }

    /** The page with only {@code shown} sections (those every page has are shown regardless). */
    public static String page(RunOutcome o, Map<String, String> charts, List<String> files, Set<ReportSection> shown) {
        Html h = head("tenantsim report: " + o.info().scenario()
                + ("base".equals(o.info().variant()) ? "" : " (" + o.info().variant() + ")"));
        if (o.info().description() != null) {
            h.el("p", o.info().description());
        }
        ReportPage page = new ReportPage(o, charts, files);
        for (ReportSection s : ReportSections.all()) {
            if (!s.optional() || shown.contains(s)) {
                s.render(h, page);
            }
        }
        return tail(h, o.info().engine());
    }

    /** The side-by-side page for a comparison. */
    public static String comparisonPage(Comparison c, Map<String, String> charts, List<String> variantFolders, List<String> files) {
        Html h = head("tenantsim comparison: " + c.scenario());
        if (c.reference().info().description() != null) {
            h.el("p", c.reference().info().description());
        }
        Blocks.summary(h, PlainSummary.of(c));
        List<String> notes = new ArrayList<>();
        c.outcomes().forEach(o -> o.info().notes().stream().filter(n -> !notes.contains(n)).forEach(notes::add));
        Blocks.notes(h, notes);
        Blocks.gaps(h, c.gaps());
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
        Blocks.chart(h, charts, "compare-blast", "Blast radius by variant", "Share of tenants, and of revenue, with at least one SLO-violation minute.");
        Blocks.chart(h, charts, "compare-p99", "p99 per tier by variant", "The tail latency of each tier under each variant.");
        h.el("h2", "Full report of each run");
        h.raw("<ul>\n");
        for (int i = 0; i < variantFolders.size(); i++) {
            h.raw("<li><a href=\"").text(variantFolders.get(i)).raw("/index.html\">")
                    .text(c.outcomes().get(i).info().variant()).raw("</a></li>\n");
        }
        h.raw("</ul>\n");
        Blocks.glossary(h, c.outcomes().stream().anyMatch(RunOutcome::hasCost), false, c.outcomes().stream()
                .flatMap(o -> o.tenants().stream()).anyMatch(t -> t.appCacheHitRatio() != null || t.bufferPoolHitRatio() != null));
        Blocks.files(h, files);
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
}
