package dev.tenantsim.report.section;

import dev.tenantsim.report.html.Blocks;
import dev.tenantsim.report.html.Html;

/** The definitions of docs/metrics.md every figure on the page uses. */
final class GlossarySection implements ReportSection {
    @Override
    public String name() {
        return "glossary";
    }

    @Override
    public String description() {
        return "the definitions the figures use (always shown)";
    }

    @Override
    public boolean optional() {
        return false;
    }

    @Override
    public void render(Html h, ReportPage page) {
        Blocks.glossary(h, page.outcome().hasCost(), !page.outcome().classes().isEmpty() || !page.outcome().dataTier().isEmpty(),
                page.outcome().tenants().stream().anyMatch(t -> t.appCacheHitRatio() != null || t.bufferPoolHitRatio() != null));
    }
}
