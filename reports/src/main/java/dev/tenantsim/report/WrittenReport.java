package dev.tenantsim.report;

import java.nio.file.Path;
import java.util.List;

/** Where a report went and the files in it (relative names), for the command line to print. */
public record WrittenReport(Path folder, List<String> files) {
    public WrittenReport {
        files = List.copyOf(files);
    }
}
