package dev.tenantsim.report.section;

import dev.tenantsim.report.model.RunOutcome;
import java.util.List;
import java.util.Map;

/**
 * What a section reads to render itself: the run, the charts the sections drew (key → PNG file
 * name, see {@link ReportSection#drawCharts}) and the names of all files in the report folder.
 */
public record ReportPage(RunOutcome outcome, Map<String, String> charts, List<String> files) {
    public ReportPage {
        java.util.Objects.requireNonNull(outcome, "outcome");
        charts = Map.copyOf(charts);
        files = List.copyOf(files);
    }
}
