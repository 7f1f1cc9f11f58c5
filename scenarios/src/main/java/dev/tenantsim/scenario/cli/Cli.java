package dev.tenantsim.scenario.cli;

import dev.tenantsim.report.ReportFolderException;
import dev.tenantsim.report.WrittenReport;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.scenario.RunFailedException;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioException;
import dev.tenantsim.scenario.ScenarioRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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

    /** Runs one scenario with the seed and replications of the options (or the scenario's). */
    static RunOutcome run(ScenarioRunner runner, Scenario s, CommonOptions o, RunProgress progress, String variant) {
        long seed = o.seed != null ? o.seed : s.seed();
        int reps = o.replications != null ? checkReplications(o.replications) : s.replications();
        try {
            return runner.run(s, seed, reps, progress).withVariant(variant);
        } catch (ScenarioException | RunFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RunFailedException("the " + runner.name() + " failed on " + s.name() + " (" + variant + "): " + e, e);
        }
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

    /** Prints what was written: the folder (always) and, unless quiet, the summary and the files. */
    static void printWritten(PrintWriter out, WrittenReport w, List<String> summary, List<String> notes, boolean quiet) {
        if (quiet) {
            out.println(w.folder());
            out.flush();
            return;
        }
        for (String s : summary) {
            out.println("  " + s);
        }
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
