package dev.tenantsim.scenario.cli;

import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.catalog.Catalog;
import dev.tenantsim.scenario.schema.Suggest;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the names a scenario may use, or the bundled scenarios.",
                "WHAT is one of: generators, strategies, disciplines, distributions, user-shapes,",
                "trace-formats, job-kinds, report-sections, fidelities, scenarios.",
                "Without an argument, lists what can be listed."},
        footer = {"", "Example:  tenantsim list disciplines"})
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "WHAT", description = "What to list.")
    String what;

    @Override
    public Integer call() {
        PrintWriter out = Cli.out(spec);
        List<String> lists = new ArrayList<>();
        for (Catalog c : Catalog.values()) {
            lists.add(c.listName());
        }
        lists.add("scenarios");
        if (what == null) {
            for (Catalog c : Catalog.values()) {
                out.printf(Locale.ROOT, "%-16s %s%n", c.listName(), c.description());
            }
            out.printf(Locale.ROOT, "%-16s %s%n", "scenarios", "bundled scenarios, runnable by name");
        } else if ("scenarios".equals(what)) {
            ScenarioLoader.bundledNames().forEach(out::println);
        } else {
            Catalog c = null;
            for (Catalog k : Catalog.values()) {
                if (k.listName().equals(what)) {
                    c = k;
                }
            }
            if (c == null) {
                throw new UserError("list (" + what + ") is not something tenantsim can list; " + Suggest.hint(what, lists));
            }
            c.describe().forEach((k, v) -> out.printf(Locale.ROOT, "%-24s %s%n", k, v));
        }
        out.flush();
        return TenantsimCommand.OK;
    }
}
