package dev.tenantsim.scenario.cli;

import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.Variant;
import dev.tenantsim.scenario.sweep.RunSpec;
import dev.tenantsim.scenario.sweep.ScenarioText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run the base scenario and its variants, and compare them side by side.",
                "All runs see the same random arrivals (common random numbers); the comparison report",
                "holds each run's full report too."},
        footer = {"", "Example:  tenantsim compare quickstart --out out/quickstart-cmp"})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file or bundled scenario name.")
    String scenario;

    @Mixin
    EngineOption engine;

    @Option(names = "--variants", split = ",", paramLabel = "NAME", description = "Variants to compare with the base (default: all).")
    List<String> variants;

    @Override
    public Integer call() throws Exception {
        Scenario s = ScenarioLoader.resolve(scenario);
        if (s.variants().isEmpty()) {
            throw new UserError(s.name() + " has no variants to compare; add a variants: section, or use tenantsim sweep --set");
        }
        List<Variant> chosen = new ArrayList<>();
        if (variants == null) {
            chosen.addAll(s.variants());
        } else {
            for (String v : variants) {
                chosen.add(new Variant(v, s.variant(v)));
            }
        }
        Path out = Cli.outFolder(options, s.name() + "-compare");
        Cli.checkOut(out, options.force);
        List<Scenario> runs = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        runs.add(s);
        labels.add("base");
        for (Variant v : chosen) {
            runs.add(v.scenario());
            labels.add(v.name());
        }
        runs = Cli.prepare(spec, options, runs);
        ScenarioText text = ScenarioText.of(scenario);
        List<RunSpec> specs = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            specs.add(Cli.specOf(options, runs.get(i), labels.get(i), text, i == 0 ? null : labels.get(i), List.of()));
        }
        return Cli.compareAndWrite(spec, options, engine, s.name(), specs, out);
    }
}
