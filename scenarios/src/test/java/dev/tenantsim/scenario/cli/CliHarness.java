package dev.tenantsim.scenario.cli;

import dev.tenantsim.scenario.runner.PlatformRunner;
import dev.tenantsim.scenario.runner.fluid.HorizonRunner;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the tenantsim command in process, capturing stdout and stderr (no progress output). */
public final class CliHarness {
    /** Exit code and the text printed. */
    public record Result(int exit, String out, String err) {
        /** A stack trace would show "\tat " frames or an exception class name. */
        public boolean hasStackTrace() {
            return err.contains("\tat ") || err.contains("Exception") || out.contains("\tat ");
        }
    }

    private CliHarness() {
    }

    public static Result run(String... args) {
        return run(RunLimit.standard(), args);
    }

    /** The command with another {@link RunLimit} (a tiny one refuses every request-level run without --force-long-run). */
    public static Result run(RunLimit limit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        TenantsimCommand cmd = new TenantsimCommand(new HorizonRunner(new PlatformRunner()),
                (w, quiet) -> new Progress(w, true, false, System::nanoTime), limit);
        int code = TenantsimCommand.execute(cmd, new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }
}
