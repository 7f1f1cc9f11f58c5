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

    @Option(names = "--fidelity", paramLabel = "auto|request|fluid",
            description = "Engine for the horizon: auto (default: request level up to 6 h, fluid pass beyond), request (every"
                    + " request of the whole horizon) or fluid (the fluid pass, however short). Wins over the fidelity in the scenario file.")
    String fidelity;

    @Option(names = "--force-long-run",
            description = "Start a request-level run even when its estimate is over the limit (30 min, or 75%% of the heap)."
                    + " Apart from --force, which only replaces report folders.")
    boolean forceLongRun;

    @Option(names = {"-q", "--quiet"}, description = "Print only the report folder; no progress, no summary.")
    boolean quiet;
}
