package dev.tenantsim.scenario.cli;

import dev.tenantsim.report.Formats;
import dev.tenantsim.report.model.CostLine;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.runner.Plan;
import dev.tenantsim.scenario.runner.PlaceholderRunner;
import java.io.PrintWriter;
import java.util.Locale;
import java.math.BigDecimal;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "price", mixinStandardHelpOptions = true,
        description = {"Print the monthly bill of materials of a scenario's topology.",
                "(Today: placeholder unit prices; the cost model's price book, showback and isolation-uplift",
                "price sheet plug in here.)"},
        footer = {"", "Example:  tenantsim price megacorp-export --variant dedicated-enterprise"})
final class PriceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file or bundled scenario name.")
    String scenario;

    @Option(names = "--variant", paramLabel = "NAME", description = "Price this variant instead of the base.")
    String variant;

    @Override
    public Integer call() {
        Scenario s = ScenarioLoader.resolve(scenario);
        if (variant != null) {
            s = s.variant(variant);
        }
        Plan plan = new PlaceholderRunner().plan(s, s.seed());
        PrintWriter out = Cli.out(spec);
        out.printf(Locale.ROOT, "%-40s %10s %-12s %12s %14s%n", "item", "quantity", "unit", "unit price", "per month");
        BigDecimal total = BigDecimal.ZERO;
        for (CostLine l : plan.bill()) {
            out.printf(Locale.ROOT, "%-40s %10s %-12s %12s %14s%n", l.item(), l.quantity().toPlainString(), l.unit(),
                    "$" + l.unitPrice().toPlainString(), Formats.money(l.total(), "USD"));
            total = total.add(l.total());
        }
        out.printf(Locale.ROOT, "%-40s %10s %-12s %12s %14s%n", "total", "", "", "", Formats.money(total, "USD"));
        plan.notes().forEach(n -> out.println("note: " + n));
        out.flush();
        return TenantsimCommand.OK;
    }
}
