package dev.tenantsim.scenario.cli;

import dev.tenantsim.scenario.Problem;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioException;
import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.sweep.RunSpec;
import dev.tenantsim.scenario.sweep.ScenarioText;
import dev.tenantsim.scenario.sweep.Setting;
import dev.tenantsim.scenario.sweep.SweepPoints;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a grid of parameter values and compare the results.",
                "Every combination of the --set options is run with common random numbers; each grid point",
                "is validated like a scenario file before anything runs."},
        footer = {"", "Example:  tenantsim sweep quickstart --set controls.dbConnectionQuota.enterprise=1,2,4 \\",
                "                                  --set topology.pooled.app.nodes=1,2 --out out/sweep"})
final class SweepCommand implements Callable<Integer> {
    /** Most grid points one sweep may run (a 10,000-run sweep at two replications; the long-run guard still estimates it). */
    static final int MAX_POINTS = 5000;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file or bundled scenario name.")
    String scenario;

    @Mixin
    EngineOption engine;

    @Option(names = "--set", required = true, paramLabel = "PATH=V1,V2,...",
            description = "A scenario key (dotted path) and the values to try, written as in the file, e.g. tiers.pro.rateLimit=50/s,100/s.")
    List<String> sets;

    @Override
    public Integer call() throws Exception {
        ScenarioText text = ScenarioText.of(scenario);
        ScenarioLoader.Source src = text.source();
        Map<String, List<String>> grid = new LinkedHashMap<>();
        long points = 1;
        for (String set : sets) {
            int eq = set.indexOf('=');
            if (eq <= 0 || eq == set.length() - 1) {
                throw new UserError("--set (" + set + ") must be PATH=V1,V2,... e.g. controls.dbConnectionQuota.free=2,10");
            }
            List<String> values = List.of(set.substring(eq + 1).split(","));
            grid.put(set.substring(0, eq).trim(), values);
            points *= values.size();
        }
        if (points > MAX_POINTS) {
            throw new UserError("the grid has " + points + " points; a sweep runs at most " + MAX_POINTS);
        }
        // Build and validate every point first: report every bad value before running anything.
        List<List<Setting>> settings = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Map<String, String> point : combinations(grid)) {
            List<Setting> mine = new ArrayList<>();
            point.forEach((path, value) -> mine.add(new Setting(path, value)));
            String name = SweepPoints.label(mine);
            try {
                scenarios.add(SweepPoints.scenario(src, mine));
                settings.add(mine);
            } catch (IllegalArgumentException ex) {
                throw new UserError("--set " + ex.getMessage());
            } catch (ScenarioException ex) {
                ex.problems().forEach(p -> problems.add(new Problem(p.location(), p.path(), p.found(), p.rule() + " (sweep point " + name + ")")));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(src.name(), problems.stream().distinct().toList());
        }
        if (scenarios.size() == 1) {
            throw new UserError("a sweep needs at least two grid points; give several values, e.g. --set " + grid.keySet().iterator().next() + "=1,2");
        }
        Scenario base = scenarios.get(0);
        Path out = Cli.outFolder(options, base.name() + "-sweep");
        Cli.checkOut(out, options.force);
        scenarios = Cli.prepare(spec, options, scenarios);
        List<RunSpec> specs = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            specs.add(Cli.specOf(options, scenarios.get(i), SweepPoints.label(settings.get(i)), text, null, settings.get(i)));
        }
        return Cli.compareAndWrite(spec, options, engine, base.name(), specs, out);
    }

    static List<Map<String, String>> combinations(Map<String, List<String>> grid) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> e : grid.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : out) {
                for (String v : e.getValue()) {
                    Map<String, String> m = new LinkedHashMap<>(partial);
                    m.put(e.getKey(), v);
                    next.add(m);
                }
            }
            out = next;
        }
        return out;
    }
}
