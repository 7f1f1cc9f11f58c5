package dev.tenantsim.report.section;

import dev.tenantsim.report.chart.ChartRenderer;
import dev.tenantsim.report.html.Html;
import dev.tenantsim.report.model.RunOutcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * One part of a run's index.html that renders itself: its heading, tables and words, and the
 * charts it draws beside the page. A new section is one class implementing this and one line in
 * {@link ReportSections}, whose list order is the page's order.
 */
public interface ReportSection {
    /** The name a scenario's {@code report.show} and {@code tenantsim list report-sections} use. */
    String name();

    /** One line for {@code tenantsim list report-sections}. */
    String description();

    /** Appends the section to the page. */
    void render(Html h, ReportPage page);

    /** False for the parts every page has (caveats, tenants, glossary, files): {@code report.show} cannot hide them. */
    default boolean optional() {
        return true;
    }

    /**
     * Draws the section's charts into {@code dir} and records each file under a key of the
     * section's own, for {@link #render} to find in {@link ReportPage#charts()}. Draws nothing by default.
     */
    default void drawCharts(RunOutcome o, ChartRenderer charts, Path dir, Map<String, String> drawn) throws IOException {
    }
}
