package dev.tenantsim.scenario.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that run scenarios. */
public final class CommonOptions {
    @Option(names = "--seed", paramLabel = "N", description = "Seed of every random stream (default: the scenario's seed).")
    Long seed;

    @Option(names = "--replications", paramLabel = "N", description = "Independent replications, 1 to 1000 (default: the scenario's).")
    Integer replications;

    @Option(names = "--out", paramLabel = "DIR", description = "Report folder (default: tenantsim-out/<scenario>).")
    Path out;

    @Option(names = "--force", description = "Replace the report folder if it exists (it must be a tenantsim report).")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "Print only the report folder; no progress, no summary.")
    boolean quiet;
}
