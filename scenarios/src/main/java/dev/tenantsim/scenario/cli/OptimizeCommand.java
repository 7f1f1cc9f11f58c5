package dev.tenantsim.scenario.cli;

import dev.tenantsim.report.WrittenReport;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.model.TierSpec;
import dev.tenantsim.scenario.optimize.Assessment;
import dev.tenantsim.scenario.optimize.Axis;
import dev.tenantsim.scenario.optimize.Candidate;
import dev.tenantsim.scenario.optimize.DesignConstraint;
import dev.tenantsim.scenario.optimize.ConstraintParser;
import dev.tenantsim.scenario.optimize.DesignGrid;
import dev.tenantsim.scenario.optimize.DesignSearch;
import dev.tenantsim.scenario.optimize.EngineEvaluator;
import dev.tenantsim.scenario.optimize.OptimizeReport;
import dev.tenantsim.scenario.optimize.SearchResult;
import dev.tenantsim.scenario.sweep.ScenarioText;
import dev.tenantsim.scenario.sweep.SweepEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = {"Find the cheapest design of a grid that meets the objectives.",
                "Every point of the --vary grid is validated and priced first; the search runs points with common random",
                "numbers (replication r of every point at seed + r) and judges each constraint at the mean over replications."},
        footer = {"", "Example:  tenantsim optimize quickstart --vary topology.pooled.app.nodes=1..6 \\",
                "            --vary controls.dbConnectionQuota.enterprise=2,4,8 --subject-to 'p99(*)<=slo, blastRadius<=10%%'"})
final class OptimizeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Mixin
    EngineOption engine;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file or bundled scenario name.")
    String scenario;

    @Option(names = "--vary", required = true, paramLabel = "PATH=RANGE",
            description = "A scenario key and its values: V1,V2,... (as in the file), LO..HI or LO..HI:STEP (whole numbers).")
    List<String> vary;

    @Option(names = "--objective", defaultValue = "cost", paramLabel = "cost",
            description = "What to minimise: cost (the monthly bill of materials; the only objective so far).")
    String objective;

    @Option(names = "--subject-to", required = true, paramLabel = "CONSTRAINTS",
            description = "Comma-separated FIGURE[(TIER)] OP BOUND, e.g. \"p99(*)<=slo, blastRadius<=2%%, availability(enterprise)>=99.95%%\";"
                    + " figures p99(TIER), availability(TIER), errorRate(TIER), blastRadius; TIER * is every tier.")
    List<String> subjectTo;

    @Option(names = "--search", defaultValue = "auto", paramLabel = "auto|exhaustive|smart",
            description = "auto (default): exhaustive up to --exhaustive-up-to designs, else smart (in order of price, monotone pruning,"
                    + " successive halving on replications).")
    String search;

    @Option(names = "--exhaustive-up-to", defaultValue = "16", paramLabel = "N", description = "Largest grid auto runs whole (default 16).")
    int exhaustiveUpTo;

    @Option(names = "--runners-up", defaultValue = "2", paramLabel = "N", description = "Feasible designs to report after the cheapest (default 2).")
    int runnersUp;

    @Option(names = "--feasibility", defaultValue = "interval", paramLabel = "interval|mean",
            description = {"interval (default): a design meets a bound only if the figure's whole 95%% interval over replications does;",
                    "mean: if its mean does (cheaper designs, less sure)."})
    String feasibility;

    @Override
    public Integer call() throws Exception {
        if (!"interval".equals(feasibility) && !"mean".equals(feasibility)) {
            throw new UserError("--feasibility (" + feasibility + ") must be interval or mean");
        }
        if (!"cost".equals(objective)) {
            throw new UserError("--objective (" + objective + ") is not an objective; allowed: cost");
        }
        DesignSearch.Strategy strategy;
        try {
            strategy = DesignSearch.Strategy.valueOf(search.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("--search (" + search + ") must be one of auto, exhaustive, smart");
        }
        if (exhaustiveUpTo < 0 || runnersUp < 0) {
            throw new UserError("--exhaustive-up-to and --runners-up must be >= 0");
        }
        ScenarioText text = ScenarioText.of(scenario);
        ScenarioLoader.Source src = text.source();
        Scenario base = ScenarioLoader.fromTree(src.root(), src.name(), src.baseDir());
        List<DesignConstraint> constraints = constraints(base);
        List<Axis> axes = new ArrayList<>();
        List<Candidate> grid;
        try {
            for (String v : vary) {
                axes.add(Axis.parse(v));
            }
            grid = DesignGrid.of(src, axes);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage().startsWith("--vary") ? e.getMessage() : "--vary " + e.getMessage());
        }
        Path out = Cli.outFolder(options, base.name() + "-optimize");
        Cli.checkOut(out, options.force);
        Cli.prepare(spec, options, List.of(base));
        int reps = Cli.replicationsOf(options, base);
        long seed = Cli.seedOf(options, base);
        DesignSearch.Options o = new DesignSearch.Options(strategy, exhaustiveUpTo, reps, 0.10, runnersUp, 4,
                "interval".equals(feasibility));
        SearchResult result;
        try (SweepEngine e = engine.open()) {
            EngineEvaluator ev = new EngineEvaluator(text, options.fidelity == null ? null : Cli.fidelityOf(options).label(), seed, e,
                    Cli.progress(spec, options));
            result = new DesignSearch(o, axes, constraints, ev).search(grid);
        }
        OptimizeReport.Question q = new OptimizeReport.Question(base.name(), objective, subjectTo, axes, seed, engine.engine);
        WrittenReport w = OptimizeReport.write(q, result, out, options.force);
        PrintWriter p = Cli.out(spec);
        if (options.quiet) {
            p.println(w.folder());
        } else {
            OptimizeReport.words(result).forEach(l -> p.println("  " + l));
            result.whatItWouldTake().forEach(l -> p.println("  cheapest infeasible: " + l));
            p.println();
            p.println("Report: " + w.folder().resolve("index.html"));
            w.files().forEach(f -> p.println("  wrote " + w.folder().resolve(f)));
        }
        p.flush();
        List<Assessment> failed = result.assessments().stream().filter(a -> a.status() == Assessment.Status.FAILED).toList();
        if (!failed.isEmpty()) {
            PrintWriter err = Cli.err(spec);
            err.println("tenantsim: " + failed.size() + " design(s) failed to run:");
            failed.forEach(a -> err.println("  " + a.candidate().label() + ": " + a.note()));
            err.flush();
            return TenantsimCommand.RUN_FAILED;
        }
        return TenantsimCommand.OK;
    }

    private List<DesignConstraint> constraints(Scenario base) {
        Map<String, Double> slos = new LinkedHashMap<>();
        for (TierSpec t : base.tiers().values()) {
            slos.put(t.name(), t.slo().p99().toNanos() / 1e6);
        }
        List<DesignConstraint> out = new ArrayList<>();
        for (int i = 0; i < subjectTo.size(); i++) {
            String source = subjectTo.size() == 1 ? "--subject-to" : "--subject-to #" + (i + 1);
            try {
                out.addAll(new ConstraintParser(source, slos).parse(subjectTo.get(i)));
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        }
        return out;
    }
}
