package dev.tenantsim.report;

import dev.tenantsim.report.section.ReportSection;
import dev.tenantsim.report.section.ReportSections;
import java.util.List;
import java.util.Set;

/**
 * The old entry point for a scenario's {@code report.show} list, kept so callers written against
 * it still compile; use {@link ReportSections#of} (the sections themselves are {@link ReportSection}s).
 */
public final class Section {
    private Section() {
    }

    /** The sections named (unknown names are the scenario validator's business); all when none. */
    public static Set<ReportSection> of(List<String> names) {
        return ReportSections.of(names);
    }
}
