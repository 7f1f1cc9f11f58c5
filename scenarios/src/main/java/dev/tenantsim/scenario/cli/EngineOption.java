package dev.tenantsim.scenario.cli;

import dev.tenantsim.scenario.sweep.SweepEngine;
import dev.tenantsim.scenario.sweep.SweepEngines;
import picocli.CommandLine.Option;

/** {@code --engine}: where the runs of a sweep or comparison go (docs/distributed.md). */
final class EngineOption {
    @Option(names = "--engine", paramLabel = "local|spark", defaultValue = "local",
            description = "Where the runs go: local (default: this machine's thread pool) or spark (Apache Spark: embedded"
                    + " local[*], or the master spark-submit names; needs the spark-runner jar). Same results either way.")
    String engine;

    /** A new engine of the name given (close it when done). */
    SweepEngine open() {
        try {
            return SweepEngines.named(engine);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
