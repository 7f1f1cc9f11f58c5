package dev.tenantsim.report.section;

import dev.tenantsim.report.PlainSummary;
import dev.tenantsim.report.html.Blocks;
import dev.tenantsim.report.html.Html;

/** "In plain words": the {@link PlainSummary} of the run, first on the page. */
final class SummarySection implements ReportSection {
    @Override
    public String name() {
        return "summary";
    }

    @Override
    public String description() {
        return "the plain-language summary";
    }

    @Override
    public void render(Html h, ReportPage page) {
        Blocks.summary(h, PlainSummary.of(page.outcome()));
    }
}
