package dev.tenantsim.scenario.cli;

import dev.tenantsim.report.PlainSummary;
import dev.tenantsim.report.ReportWriter;
import dev.tenantsim.report.WrittenReport;
import dev.tenantsim.report.model.Comparison;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.scenario.Problem;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioException;
import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.yaml.Location;
import dev.tenantsim.scenario.yaml.TreePaths;
import dev.tenantsim.scenario.yaml.YMap;
import dev.tenantsim.scenario.yaml.YNode;
import dev.tenantsim.scenario.yaml.YScalar;
import dev.tenantsim.scenario.yaml.YamlTreeReader;
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
    /** Most grid points one sweep may run. */
    static final int MAX_POINTS = 200;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file or bundled scenario name.")
    String scenario;

    @Option(names = "--set", required = true, paramLabel = "PATH=V1,V2,...",
            description = "A scenario key (dotted path) and the values to try, written as in the file, e.g. tiers.pro.rateLimit=50/s,100/s.")
    List<String> sets;

    @Override
    public Integer call() throws Exception {
        ScenarioLoader.Source src = ScenarioLoader.read(scenario);
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
        List<String> names = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Map<String, String> point : combinations(grid)) {
            YMap root = withoutVariants(src.root());
            StringBuilder name = new StringBuilder();
            for (Map.Entry<String, String> e : point.entrySet()) {
                try {
                    root = TreePaths.with(root, e.getKey(), value(e.getValue()));
                } catch (IllegalArgumentException ex) {
                    throw new UserError("--set " + ex.getMessage());
                }
                String[] keys = e.getKey().split("\\.");
                name.append(name.length() == 0 ? "" : ",").append(keys[keys.length - 1]).append('=').append(e.getValue().trim());
            }
            try {
                scenarios.add(ScenarioLoader.fromTree(root, src.name() + " [" + name + "]", src.baseDir()));
                names.add(name.toString());
            } catch (ScenarioException ex) {
                ex.problems().forEach(p -> problems.add(new Problem(p.location(), p.path(), p.found(), p.rule() + " (sweep point " + name + ")")));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(src.name(), problems.stream().distinct().toList());
        }
        Scenario base = scenarios.get(0);
        Path out = Cli.outFolder(options, base.name() + "-sweep");
        Cli.checkOut(out, options.force);
        scenarios = Cli.prepare(spec, options, scenarios);
        Progress progress = Cli.progress(spec, options);
        List<RunOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            outcomes.add(Cli.run(Cli.runner(spec), scenarios.get(i), options, progress, names.get(i)));
        }
        if (outcomes.size() == 1) {
            throw new UserError("a sweep needs at least two grid points; give several values, e.g. --set " + grid.keySet().iterator().next() + "=1,2");
        }
        Comparison c = new Comparison(base.name(), outcomes);
        WrittenReport w = new ReportWriter().writeComparison(c, out, options.force);
        Cli.printWritten(Cli.out(spec), w, PlainSummary.of(c), outcomes, options.quiet);
        return TenantsimCommand.OK;
    }

    /** A value as YAML would read it (so 2 is a number and 10/s a rate), located nowhere in the file. */
    private static YNode value(String text) {
        YamlTreeReader.Result r = YamlTreeReader.read(text.trim());
        if (r.root() instanceof YScalar s) {
            return new YScalar(Location.NONE, s.text(), s.type());
        }
        if (r.root() == null) {
            throw new UserError("--set value (" + text + ") is not readable as YAML");
        }
        return r.root();
    }

    private static YMap withoutVariants(YMap root) {
        YMap copy = new YMap(root.location());
        root.entries().stream().filter(e -> !"variants".equals(e.key())).forEach(e -> copy.put(e.key(), e.keyLocation(), e.value()));
        return copy;
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
