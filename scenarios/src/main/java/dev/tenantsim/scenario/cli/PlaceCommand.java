package dev.tenantsim.scenario.cli;

import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.runner.Plan;
import dev.tenantsim.scenario.runner.PlaceholderRunner;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "place", mixinStandardHelpOptions = true,
        description = {"Show which stack each tenant of a scenario is placed on.",
                "Placement rules first, then the strategy.",
                "(Today: rules, then round-robin; the placement strategies plug in here.)"},
        footer = {"", "Example:  tenantsim place megacorp-export --variant dedicated-enterprise"})
final class PlaceCommand implements Callable<Integer> {
    /** Tenant ids listed per stack before eliding. */
    static final int IDS_SHOWN = 8;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file or bundled scenario name.")
    String scenario;

    @Option(names = "--variant", paramLabel = "NAME", description = "Place this variant instead of the base.")
    String variant;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the tenant population (default: the scenario's).")
    Long seed;

    @Override
    public Integer call() {
        Scenario s = ScenarioLoader.resolve(scenario);
        if (variant != null) {
            s = s.variant(variant);
        }
        Plan plan = new PlaceholderRunner().plan(s, seed != null ? seed : s.seed());
        PrintWriter out = Cli.out(spec);
        out.printf(Locale.ROOT, "%-28s %-10s %9s %8s %8s  %s%n", "stack", "kind", "app cores", "DB cores", "tenants", "tenant ids");
        for (Plan.StackPlan st : plan.stacks()) {
            String ids = String.join(", ", st.tenants().subList(0, Math.min(IDS_SHOWN, st.tenants().size())))
                    + (st.tenants().size() > IDS_SHOWN ? ", ..." : "");
            out.printf(Locale.ROOT, "%-28s %-10s %9d %8d %8d  %s%n", st.name(), st.kind(), st.appCores(), st.dbCores(), st.tenants().size(), ids);
        }
        plan.notes().forEach(n -> out.println("note: " + n));
        out.flush();
        return TenantsimCommand.OK;
    }
}
