package dev.tenantsim.scenario.cli;

import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioException;
import dev.tenantsim.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check scenario files without running them.",
                "Every problem is reported, each with file:line:column, the field path, what was found",
                "and what is allowed.",
                "Exit code 0 when all are valid, 2 when any is not."},
        footer = {"", "Example:  tenantsim validate my-scenario.yaml quickstart"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files or bundled scenario names.")
    List<String> scenarios;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = Cli.out(spec);
        PrintWriter err = Cli.err(spec);
        int bad = 0;
        for (String arg : scenarios) {
            try {
                Scenario s = ScenarioLoader.resolve(arg);
                if (!quiet) {
                    out.printf(Locale.ROOT, "ok: %s (%d tier%s, topology %s, %d variant%s)%n", arg, s.tiers().size(), s.tiers().size() == 1 ? "" : "s",
                            s.topology().kind(), s.variants().size(), s.variants().size() == 1 ? "" : "s");
                }
            } catch (ScenarioException e) {
                bad++;
                e.lines().forEach(err::println);
                if (e.problems().size() > 1) {
                    err.println(e.problems().size() + " problems in " + e.source() + ".");
                }
            }
        }
        out.flush();
        err.flush();
        return bad == 0 ? TenantsimCommand.OK : TenantsimCommand.BAD_INPUT;
    }
}
