package dev.tenantsim.scenario.cli;

import dev.tenantsim.report.PlainSummary;
import dev.tenantsim.report.ReportWriter;
import dev.tenantsim.report.WrittenReport;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.section.ReportSections;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a scenario (or one of its variants) and write its report.",
                "SCENARIO is a file path or the name of a bundled scenario (see: tenantsim list scenarios)."},
        footer = {"", "Example:  tenantsim run quickstart --out out/quickstart"})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file or bundled scenario name.")
    String scenario;

    @Option(names = "--variant", paramLabel = "NAME", description = "Run this variant instead of the base scenario.")
    String variant;

    @Override
    public Integer call() throws Exception {
        Scenario s = ScenarioLoader.resolve(scenario);
        String label = "base";
        if (variant != null) {
            s = s.variant(variant);
            label = variant;
        }
        Path out = Cli.outFolder(options, s.name() + (variant == null ? "" : "-" + variant));
        Cli.checkOut(out, options.force);
        s = Cli.prepare(spec, options, List.of(s)).get(0);
        RunOutcome outcome = Cli.run(Cli.runner(spec), s, options, Cli.progress(spec, options), label);
        WrittenReport w = new ReportWriter().write(outcome, out, options.force, ReportSections.of(s.report().show()));
        Cli.printWritten(Cli.out(spec), w, PlainSummary.of(outcome), List.of(outcome), options.quiet);
        return TenantsimCommand.OK;
    }
}
