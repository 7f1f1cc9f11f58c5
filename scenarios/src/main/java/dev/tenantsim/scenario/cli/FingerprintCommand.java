package dev.tenantsim.scenario.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "fingerprint", mixinStandardHelpOptions = true,
        description = {"Fingerprint a trace's tenants (not available yet).",
                "Per tenant: peak/mean, p95/p50, burstiness, diurnal phase and correlation with the",
                "aggregate (see: tenantsim list trace-formats).",
                "Not available yet: it arrives with the workload models' trace readers."})
final class FingerprintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TRACE", description = "Trace file or folder.")
    Path trace;

    @Option(names = "--format", paramLabel = "NAME", description = "Trace format (see: tenantsim list trace-formats).")
    String format;

    @Override
    public Integer call() {
        if (!Files.exists(trace)) {
            throw new UserError("trace (" + trace + ") not found");
        }
        Cli.err(spec).println("tenantsim: fingerprint is not available yet: it needs the workload models' trace readers, "
                + "which are not wired into this build.");
        return TenantsimCommand.RUN_FAILED;
    }
}
