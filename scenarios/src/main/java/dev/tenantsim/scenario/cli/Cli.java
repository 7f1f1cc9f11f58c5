package dev.tenantsim.scenario.cli;

import dev.tenantsim.report.PlainSummary;
import dev.tenantsim.report.ReportFolderException;
import dev.tenantsim.report.ReportWriter;
import dev.tenantsim.report.model.Comparison;
import dev.tenantsim.report.model.RunGap;
import dev.tenantsim.report.WrittenReport;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.scenario.RunFailedException;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioException;
import dev.tenantsim.scenario.ScenarioRunner;
import dev.tenantsim.scenario.model.Fidelity;
import dev.tenantsim.scenario.schema.Suggest;
import dev.tenantsim.scenario.sweep.RunSpec;
import dev.tenantsim.scenario.sweep.ScenarioText;
import dev.tenantsim.scenario.sweep.Setting;
import dev.tenantsim.scenario.sweep.SweepEngine;
import dev.tenantsim.scenario.sweep.SweepTasks;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** What every sub-command shares: the runner, the output streams, and running with options applied. */
final class Cli {
    private Cli() {
    }

    static PrintWriter out(CommandLine.Model.CommandSpec spec) {
        return spec.commandLine().getOut();
    }

    static PrintWriter err(CommandLine.Model.CommandSpec spec) {
        return spec.commandLine().getErr();
    }

    static Progress progress(CommandLine.Model.CommandSpec spec, CommonOptions o) {
        TenantsimCommand root = (TenantsimCommand) spec.root().userObject();
        return root.progressFactory().apply(err(spec), o.quiet);
    }

    static ScenarioRunner runner(CommandLine.Model.CommandSpec spec) {
        return ((TenantsimCommand) spec.root().userObject()).runner();
    }

    /**
     * The scenarios a command will run, with the options' {@code --fidelity} over their own, after
     * the {@link LongRunGuard} has let them run: called once, before anything runs.
     */
    static List<Scenario> prepare(CommandLine.Model.CommandSpec spec, CommonOptions o, List<Scenario> runs) {
        Fidelity f = fidelityOf(o);
        List<Scenario> out = new ArrayList<>(runs.size());
        for (Scenario s : runs) {
            out.add(f == null ? s : s.withFidelity(f));
        }
        LongRunGuard.check(((TenantsimCommand) spec.root().userObject()).runLimit(), out, o, err(spec));
        return out;
    }

    /** The {@code --fidelity} given, or null. */
    static Fidelity fidelityOf(CommonOptions o) {
        if (o.fidelity == null) {
            return null;
        }
        try {
            return Fidelity.named(o.fidelity);
        } catch (IllegalArgumentException e) {
            throw new UserError("--fidelity (" + o.fidelity + ") is not a fidelity; " + Suggest.hint(o.fidelity, Fidelity.names()));
        }
    }

    static long seedOf(CommonOptions o, Scenario s) {
        return o.seed != null ? o.seed : s.seed();
    }

    static int replicationsOf(CommonOptions o, Scenario s) {
        return o.replications != null ? checkReplications(o.replications) : s.replications();
    }

    /** Runs one scenario (from {@link #prepare}) with the seed and replications of the options (or the scenario's). */
    static RunOutcome run(ScenarioRunner runner, Scenario s, CommonOptions o, RunProgress progress, String variant) {
        long seed = seedOf(o, s);
        int reps = replicationsOf(o, s);
        try {
            return runner.run(s, seed, reps, progress).withVariant(variant);
        } catch (ScenarioException | RunFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RunFailedException("the " + runner.name() + " failed on " + s.name() + " (" + variant + "): " + e, e);
        }
    }

    /**
     * Runs the specs of {@code prepared} (from {@link #prepare}, same order) on the engine and writes the
     * comparison; runs that failed are left out and named in the report, the output and the exit code (1).
     */
    static int compareAndWrite(CommandLine.Model.CommandSpec spec, CommonOptions o, EngineOption engine, String scenario,
                               List<RunSpec> specs, Path out) throws IOException {
        Progress progress = progress(spec, o);
        SweepTasks.Gathered g;
        try (SweepEngine e = engine.open()) {
            g = SweepTasks.run(specs, e, progress);
        }
        if (g.outcomes().size() < 2) {
            throw new RunFailedException(g.outcomes().size() + " of " + specs.size() + " runs completed, too few to compare: "
                    + String.join("; ", g.gaps().stream().map(RunGap::describe).toList()));
        }
        Comparison c = new Comparison(scenario, g.outcomes(), g.gaps());
        WrittenReport w = new ReportWriter().writeComparison(c, out, o.force);
        printWritten(out(spec), w, PlainSummary.of(c), g.outcomes(), o.quiet);
        if (g.gaps().isEmpty()) {
            return TenantsimCommand.OK;
        }
        PrintWriter err = err(spec);
        err.println("tenantsim: " + g.gaps().size() + " task(s) failed; " + (specs.size() - g.outcomes().size()) + " of " + specs.size()
                + " runs are missing from the report:");
        g.gaps().forEach(gap -> err.println("  " + gap.describe()));
        err.flush();
        return TenantsimCommand.RUN_FAILED;
    }

    /** The spec of one prepared run: its seed and replications resolved from the options or the scenario. */
    static RunSpec specOf(CommonOptions o, Scenario prepared, String label, ScenarioText text, String variant, List<Setting> settings) {
        return new RunSpec(label, text, variant, settings, o.fidelity == null ? null : fidelityOf(o).label(), seedOf(o, prepared),
                replicationsOf(o, prepared));
    }

    static int checkReplications(int n) {
        if (n < 1 || n > 1000) {
            throw new UserError("--replications (" + n + ") must be from 1 to 1000");
        }
        return n;
    }

    static Path outFolder(CommonOptions o, String defaultName) {
        return o.out != null ? o.out : Path.of("tenantsim-out", defaultName);
    }

    /** Refuses an output folder before a long run rather than after it. */
    static void checkOut(Path out, boolean force) {
        try {
            dev.tenantsim.report.AtomicFolder.check(out, force);
        } catch (IOException e) {
            throw new ReportFolderException("report folder (" + out + ") cannot be checked: " + e.getMessage());
        }
    }

    /** "engine: X" when every run had the same engine, else "engine (variant): X" per run. */
    static List<String> engines(List<RunOutcome> runs) {
        List<String> distinct = runs.stream().map(r -> r.info().engine()).distinct().toList();
        if (distinct.size() == 1) {
            return List.of("engine: " + distinct.get(0));
        }
        return runs.stream().map(r -> "engine (" + r.info().variant() + "): " + r.info().engine()).toList();
    }

    /**
     * Prints what was written: the folder (always) and, unless quiet, the summary, the engine that
     * ran (the fidelity), the first run's notes and the files.
     */
    static void printWritten(PrintWriter out, WrittenReport w, List<String> summary, List<RunOutcome> runs, boolean quiet) {
        if (quiet) {
            out.println(w.folder());
            out.flush();
            return;
        }
        for (String s : summary) {
            out.println("  " + s);
        }
        for (String e : engines(runs)) {
            out.println("  " + e);
        }
        List<String> notes = runs.get(0).info().notes();
        for (String n : notes) {
            out.println("  note: " + n);
        }
        out.println();
        out.println("Report: " + w.folder().resolve("index.html"));
        for (String f : w.files()) {
            out.println("  wrote " + w.folder().resolve(f));
        }
        out.flush();
    }
}
