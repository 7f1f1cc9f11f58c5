package dev.tenantsim.scenario.model;

import java.time.LocalTime;
import java.util.List;

/** Report windows and the sections to show (all when the file names none). */
public record ReportSpec(List<Window> windows, List<String> show) {
    public static final ReportSpec DEFAULT = new ReportSpec(List.of(), List.of());

    public ReportSpec {
        windows = List.copyOf(windows);
        show = List.copyOf(show);
    }

    /** A labelled window, in times of day on the horizon's start day. */
    public record Window(String label, LocalTime from, LocalTime to) {
    }
}
