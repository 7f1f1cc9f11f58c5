package dev.tenantsim.report.section;

import dev.tenantsim.report.html.Blocks;
import dev.tenantsim.report.html.Html;

/** Links to every file of the report folder. */
final class FilesSection implements ReportSection {
    @Override
    public String name() {
        return "files";
    }

    @Override
    public String description() {
        return "the files of the report folder (always shown)";
    }

    @Override
    public boolean optional() {
        return false;
    }

    @Override
    public void render(Html h, ReportPage page) {
        Blocks.files(h, page.files());
    }
}
