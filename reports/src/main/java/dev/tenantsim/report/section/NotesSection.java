package dev.tenantsim.report.section;

import dev.tenantsim.report.html.Blocks;
import dev.tenantsim.report.html.Html;

/** "Read with care": the caveats of the engine, on every page that has any. */
final class NotesSection implements ReportSection {
    @Override
    public String name() {
        return "notes";
    }

    @Override
    public String description() {
        return "the engine's caveats (always shown)";
    }

    @Override
    public boolean optional() {
        return false;
    }

    @Override
    public void render(Html h, ReportPage page) {
        Blocks.notes(h, page.outcome().info().notes());
    }
}
