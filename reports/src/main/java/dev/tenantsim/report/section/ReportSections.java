package dev.tenantsim.report.section;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one list of a run page's sections, in page order. Adding a section is one class and one
 * line here; the writer draws, the page renders and {@code tenantsim list report-sections} lists
 * from this list only.
 */
public final class ReportSections {
    private static final List<ReportSection> ALL = List.of(
            new SummarySection(),
            new NotesSection(),
            new LatencyByTierSection(),
            new NoisyNeighborsSection(),
            new BlastRadiusSection(),
            new EventsSection(),
            new UtilizationSection(),
            new CostSection(),
            new PriceSheetSection(),
            new TenantsSection(),
            new GlossarySection(),
            new FilesSection());

    private ReportSections() {
    }

    /** Every section, in page order, those a page always has included. */
    public static List<ReportSection> all() {
        return ALL;
    }

    /** The sections {@code report.show} may name, in page order. */
    public static List<ReportSection> selectable() {
        return ALL.stream().filter(ReportSection::optional).toList();
    }

    /** The names {@code report.show} accepts, in page order. */
    public static List<String> names() {
        return selectable().stream().map(ReportSection::name).toList();
    }

    /** Show-list name → the section's one-line description, in page order. */
    public static Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        for (ReportSection s : selectable()) {
            m.put(s.name(), s.description());
        }
        return Collections.unmodifiableMap(m);
    }

    /** The section {@code report.show} calls {@code name}; an unknown name fails with the allowed ones. */
    public static ReportSection named(String name) {
        for (ReportSection s : selectable()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("report section (" + name + ") must be one of " + String.join(", ", names()));
    }

    /**
     * The sections a page shows for a {@code report.show} list: all when the list is empty, else
     * the named ones plus those every page has. Unknown names are the scenario validator's business.
     */
    public static Set<ReportSection> of(List<String> names) {
        Set<ReportSection> s = new LinkedHashSet<>();
        for (ReportSection sec : ALL) {
            if (names.isEmpty() || !sec.optional() || names.contains(sec.name())) {
                s.add(sec);
            }
        }
        return Collections.unmodifiableSet(s);
    }

    /** Every section: the page when {@code report.show} is not given. */
    public static Set<ReportSection> everything() {
        return of(List.of());
    }
}
