package dev.tenantsim.report.section;

import dev.tenantsim.report.Formats;
import dev.tenantsim.report.chart.ChartRenderer;
import dev.tenantsim.report.html.Blocks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import dev.tenantsim.report.html.Html;
import dev.tenantsim.report.model.EventResult;
import dev.tenantsim.report.model.RunOutcome;
import java.util.List;
import java.util.Locale;

/**
 * The scenario's timeline ({@code events:}): what happened when, and each event's blast radius —
 * the tenants with an SLO-violation minute in its window (the aggressor excluded), their share of
 * tenants and of revenue, and the stacks they sit on. On every page that has events; nothing
 * without them.
 */
final class EventsSection implements ReportSection {
    /** Affected tenants listed by id, at most. */
    private static final int LISTED = 12;

    @Override
    public String name() {
        return "events";
    }

    @Override
    public String description() {
        return "the timeline's events and the blast radius of each";
    }

    @Override
    public boolean optional() {
        return false;
    }

    @Override
    public void drawCharts(RunOutcome o, ChartRenderer charts, Path dir, Map<String, String> drawn) throws IOException {
        charts.eventTimeline(o, dir).ifPresent(f -> drawn.put("eventTimeline", f));
    }

    @Override
    public void render(Html h, ReportPage page) {
        RunOutcome o = page.outcome();
        if (o.events().isEmpty()) {
            return;
        }
        h.el("h2", "Events");
        o.events().stream().filter(e -> e.drill() != null).forEach(e -> h.el("p", e.drill().summary()));
        h.el("p", "Each event of the timeline and its blast radius: the tenants with at least one SLO-violation minute in the"
                + " event's window (a load spike's own tenant excluded), as a share of tenants and of revenue, and where they sit.");
        h.table(new String[] {"event", "what", "from", "to", "tenants breaching", "share of tenants", "share of revenue",
                "violation minutes", "stacks", "tenants"}, o.events().stream().map(e -> row(e, o.info().horizonStart())).toList());
        DrillTables.render(h, o);
        Blocks.chart(h, page.charts(), "eventTimeline", "Timeline", "The events as bands over their windows, and the share of"
                + " tenants breaching their objective minute by minute.");
    }

    private static String[] row(EventResult e, String horizonStart) {
        return new String[] {e.kind(), e.what(), Formats.moment(horizonStart, e.fromSeconds()), Formats.moment(horizonStart, e.toSeconds()),
                e.tenantsBreaching() + " of " + e.tenantsConsidered(), Formats.percent(e.shareOfTenants()),
                Formats.percent(e.shareOfRevenue()), String.format(Locale.ROOT, "%.1f", e.violationMinutes()),
                e.affectedStacks().isEmpty() ? "none" : String.join(", ", e.affectedStacks()), listed(e.affectedTenants())};
    }

    private static String listed(List<String> ids) {
        if (ids.isEmpty()) {
            return "none";
        }
        String head = String.join(", ", ids.subList(0, Math.min(LISTED, ids.size())));
        return ids.size() > LISTED ? head + " and " + (ids.size() - LISTED) + " more" : head;
    }
}
