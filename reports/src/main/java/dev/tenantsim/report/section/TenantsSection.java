package dev.tenantsim.report.section;

import dev.tenantsim.report.Formats;
import dev.tenantsim.report.html.Html;
import dev.tenantsim.report.model.TenantResult;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The most affected tenants (violation minutes, then p99 over objective); tenants.csv has them all. */
final class TenantsSection implements ReportSection {
    /** Rows of the per-tenant table in the page (the CSV has all of them). */
    static final int TENANT_ROWS = 25;

    @Override
    public String name() {
        return "tenants";
    }

    @Override
    public String description() {
        return "the most affected tenants (always shown)";
    }

    @Override
    public boolean optional() {
        return false;
    }

    @Override
    public void render(Html h, ReportPage page) {
        h.el("h2", "Tenants (most affected first)");
        List<TenantResult> worst = page.outcome().tenants().stream()
                .sorted(Comparator.comparingDouble(TenantResult::violationMinutes).reversed()
                        .thenComparing(Comparator.comparingDouble((TenantResult t) -> t.latency().p99Ms() / t.sloP99Ms()).reversed())
                        .thenComparing(TenantResult::id))
                .limit(TENANT_ROWS).toList();
        h.table(new String[] {"tenant", "tier", "stack", "p99", "objective", "violation minutes", "availability", "share of stack",
                        "p99 shared / solo"},
                worst.stream().map(TenantsSection::row).toList());
        h.raw("<p class=\"small\">All tenants: <a href=\"tenants.csv\">tenants.csv</a>.</p>\n");
    }

    private static String[] row(TenantResult t) {
        return new String[] {t.id(), t.tier(), t.stack(), Formats.millis(t.latency().p99Ms()), Formats.millis(t.sloP99Ms()),
                Formats.number(Math.round(t.violationMinutes() * 10) / 10.0), Formats.availability(t.availability()),
                Formats.percent(t.loadShare()),
                Double.isNaN(t.noisyNeighborImpact()) ? "" : String.format(Locale.ROOT, "%.2f", t.noisyNeighborImpact())};
    }
}
