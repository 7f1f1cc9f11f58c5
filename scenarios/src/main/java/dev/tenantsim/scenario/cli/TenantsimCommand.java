package dev.tenantsim.scenario.cli;

import dev.tenantsim.report.ReportFolderException;
import dev.tenantsim.scenario.RunFailedException;
import dev.tenantsim.scenario.ScenarioException;
import dev.tenantsim.scenario.ScenarioRunner;
import dev.tenantsim.scenario.runner.PlatformRunner;
import dev.tenantsim.scenario.runner.fluid.HorizonRunner;
import java.io.PrintWriter;
import java.util.function.BiFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code tenantsim} command. Exit codes: 0 ok, 1 run failed, 2 bad input (scenario problems,
 * bad options, an output folder that may not be replaced). User errors print a message, never a
 * stack trace; set TENANTSIM_DEBUG=1 to see the stack trace of an internal failure.
 */
@Command(name = "tenantsim", mixinStandardHelpOptions = true, versionProvider = TenantsimCommand.Version.class,
        description = "Discrete-event capacity and cost simulator for multi-tenant SaaS platforms.",
        subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, OptimizeCommand.class, ValidateCommand.class,
                AgreementCommand.class, FingerprintCommand.class, CalibrateCommand.class, PlaceCommand.class, PriceCommand.class,
                ListCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Start with:  tenantsim run quickstart --out out/quickstart",
                "Exit codes: 0 ok, 1 run failed, 2 bad input."})
public final class TenantsimCommand implements Runnable {
    public static final int OK = 0;
    public static final int RUN_FAILED = 1;
    public static final int BAD_INPUT = 2;
    /** The web module's command ({@link CommandPlugin}), named here only to say where it comes from when it is missing. */
    static final String SERVE = "serve";

    private final ScenarioRunner runner;
    private final BiFunction<PrintWriter, Boolean, Progress> progressFactory;
    private final RunLimit runLimit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** @param runLimit past it a request-level run needs {@code --force-long-run} ({@link RunLimit#standard()}) */
    public TenantsimCommand(ScenarioRunner runner, BiFunction<PrintWriter, Boolean, Progress> progressFactory, RunLimit runLimit) {
        this.runner = runner;
        this.progressFactory = progressFactory;
        this.runLimit = runLimit;
    }

    public TenantsimCommand(ScenarioRunner runner, BiFunction<PrintWriter, Boolean, Progress> progressFactory) {
        this(runner, progressFactory, RunLimit.standard());
    }

    public TenantsimCommand() {
        this(new HorizonRunner(new PlatformRunner()), Progress::forTerminal);
    }

    public static void main(String[] args) {
        System.exit(execute(new TenantsimCommand(), new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line in process: the entry point for main, tests and embedding. */
    public static int execute(TenantsimCommand command, PrintWriter out, PrintWriter err, String... args) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        CommandLine cl = new CommandLine(command);
        for (CommandPlugin p : java.util.ServiceLoader.load(CommandPlugin.class, TenantsimCommand.class.getClassLoader())) {
            if (!cl.getSubcommands().containsKey(p.name())) {
                cl.addSubcommand(p.name(), p.command());
            }
        }
        if (args.length > 0 && SERVE.equals(args[0]) && !cl.getSubcommands().containsKey(SERVE)) {
            err.println("tenantsim: serve needs the web module's jar on the classpath: run ./tenantsim serve (the launcher"
                    + " builds and adds it), or java -cp scenarios/target/tenantsim.jar:web/target/tenantsim-web.jar"
                    + " dev.tenantsim.scenario.cli.TenantsimCommand serve");
            err.flush();
            return BAD_INPUT;
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(TenantsimCommand::handle);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    ScenarioRunner runner() {
        return runner;
    }

    BiFunction<PrintWriter, Boolean, Progress> progressFactory() {
        return progressFactory;
    }

    RunLimit runLimit() {
        return runLimit;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        int code;
        if (e instanceof ScenarioException se) {
            se.lines().forEach(err::println);
            int n = se.problems().size();
            if (n > 1) {
                err.println(n + " problems; nothing was run.");
            }
            code = BAD_INPUT;
        } else if (e instanceof ReportFolderException || e instanceof UserError) {
            err.println("tenantsim: " + e.getMessage());
            code = BAD_INPUT;
        } else if (e instanceof RunFailedException) {
            err.println("tenantsim: run failed: " + e.getMessage());
            debug(e, err);
            code = RUN_FAILED;
        } else {
            err.println("tenantsim: internal error: " + e + " (set TENANTSIM_DEBUG=1 for the stack trace, and please report it)");
            debug(e, err);
            code = RUN_FAILED;
        }
        err.flush();
        return code;
    }

    private static void debug(Exception e, PrintWriter err) {
        if (System.getenv("TENANTSIM_DEBUG") != null) {
            e.printStackTrace(err);
        }
    }

    /** Version from the jar manifest when packaged. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = TenantsimCommand.class.getPackage().getImplementationVersion();
            return new String[] {"tenantsim " + (v == null ? "0.1.0-SNAPSHOT" : v)};
        }
    }
}
