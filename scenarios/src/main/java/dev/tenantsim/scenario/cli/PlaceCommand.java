package dev.tenantsim.scenario.cli;

import dev.tenantsim.placement.ResourceVector;
import dev.tenantsim.placement.evaluation.CellEvaluation;
import dev.tenantsim.placement.evaluation.PlacementEvaluation;
import dev.tenantsim.placement.rebalance.MigrationPlan;
import dev.tenantsim.placement.rebalance.Move;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.runner.fluid.PlacementReview;
import dev.tenantsim.scenario.runner.model.PlacedStack;
import dev.tenantsim.scenario.runner.model.StackLayout;
import dev.tenantsim.workload.Population;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "place", mixinStandardHelpOptions = true,
        description = {"Show which stack each tenant of a scenario is placed on, and how well it fits.",
                "Placement rules first, then the scenario's placement strategy (see: tenantsim list strategies).",
                "Evaluation on the summed demand of each stack: peak utilization per resource, stranded capacity,",
                "tenants at SLO risk (stack peak above 85%%), the hottest stack. --rebalance K proposes at most K moves."},
        footer = {"", "Examples:", "  tenantsim place megacorp-export --variant dedicated-enterprise",
                "  tenantsim place cell-migration --variant tiered-cells --rebalance 5 --out out/plan"})
final class PlaceCommand implements Callable<Integer> {
    /** Tenant ids listed per stack before eliding. */
    static final int IDS_SHOWN = 8;
    /** Stacks listed one per line before eliding to the hottest ones. */
    static final int STACKS_SHOWN = 40;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file or bundled scenario name.")
    String scenario;

    @Option(names = "--variant", paramLabel = "NAME", description = "Place this variant instead of the base.")
    String variant;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the tenant population (default: the scenario's).")
    Long seed;

    @Option(names = "--rebalance", paramLabel = "K", description = "Propose at most K migrations that lower the worst stack's peak.")
    Integer rebalance;

    @Option(names = "--out", paramLabel = "DIR", description = "Write assignment.csv (and the plan's CSV and JSON) into DIR.")
    Path out;

    @Override
    public Integer call() {
        if (rebalance != null && (rebalance < 0 || rebalance > 10_000)) {
            throw new UserError("--rebalance (" + rebalance + ") must be from 0 to 10000");
        }
        Scenario s = ScenarioLoader.resolve(scenario);
        if (variant != null) {
            s = s.variant(variant);
        }
        PlacementReview review = PlacementReview.of(s, seed != null ? seed : s.seed());
        StackLayout layout = review.model().layout();
        Population pop = review.model().workload().population();
        PlacementEvaluation e = review.evaluation();
        PrintWriter o = Cli.out(spec);
        o.printf(Locale.ROOT, "%s%s: %d tenants on %d stacks, strategy %s; demand evaluated over %s%n", s.name(),
                variant != null ? " (" + variant + ")" : "", pop.size(), layout.stacks().size(), layout.strategy(),
                span(review.evaluatedMinutes()));
        o.printf(Locale.ROOT, "%-28s %-10s %8s %7s %7s %7s  %s%n", "stack", "kind", "tenants", "cpu", "io", "conns", "tenant ids");
        List<CellEvaluation> shown = new ArrayList<>(e.cells());
        if (shown.size() > STACKS_SHOWN) {
            shown.sort((a, b) -> Double.compare(b.worstPeak(), a.worstPeak()));
            shown = shown.subList(0, STACKS_SHOWN);
            o.printf(Locale.ROOT, "(the %d hottest of %d stacks)%n", STACKS_SHOWN, e.cells().size());
        }
        for (CellEvaluation c : shown) {
            PlacedStack st = layout.stack(c.cell());
            List<Integer> members = layout.tenantsOn(c.cell());
            StringBuilder ids = new StringBuilder();
            for (int i = 0; i < Math.min(IDS_SHOWN, members.size()); i++) {
                ids.append(i > 0 ? ", " : "").append(pop.get(members.get(i)).id());
            }
            if (members.size() > IDS_SHOWN) {
                ids.append(", ...");
            }
            double[] peak = c.peakUtilization();
            o.printf(Locale.ROOT, "%-28s %-10s %8d %6.0f%% %6.0f%% %6.0f%%  %s%s%n", st.name(), st.kind().label(), c.tenants(),
                    100 * peak[ResourceVector.CPU], 100 * peak[ResourceVector.IO], 100 * peak[ResourceVector.CONNECTIONS], ids,
                    c.atSloRisk() ? "  [at risk]" : "");
        }
        o.printf(Locale.ROOT, "stacks used: %d; hottest: %s at %.0f%% peak; tenants at SLO risk (stack peak above %.0f%%): %d of %d%n",
                e.cellsUsed(), e.hottestCell() >= 0 ? layout.stack(e.hottestCell()).name() : "-", 100 * e.worstPeakUtilization(),
                100 * PlacementReview.RISK_UTILIZATION, e.tenantsAtSloRisk(), pop.size());
        o.println("(stack peaks sum each tenant's busiest minute per hour: an upper bound; `tenantsim run` gives the simulated peaks)");
        o.printf(Locale.ROOT, "stranded capacity (usable at %.0f%% headroom, never used at peak): %.1f cores, %.0f IOPS, %.0f connections%n",
                100 * PlacementReview.HEADROOM, e.strandedCapacity(ResourceVector.CPU), e.strandedCapacity(ResourceVector.IO),
                e.strandedCapacity(ResourceVector.CONNECTIONS));
        review.model().notes().forEach(n -> o.println("note: " + n));
        MigrationPlan plan = rebalance == null ? null : review.rebalance(rebalance);
        if (plan != null) {
            o.printf(Locale.ROOT, "rebalance: %d move(s) take the worst stack peak from %.0f%% to %.0f%%, copying %.1f GB%n",
                    plan.moves().size(), 100 * plan.worstPeakBefore(), 100 * plan.worstPeakAfter(), plan.totalDataGb());
            for (Move m : plan.moves()) {
                o.printf(Locale.ROOT, "  %2d. %s (%s): %s -> %s, worst peak %.0f%% -> %.0f%%, %.1f GB, %.2f h, risk %.2f%n",
                        m.order(), m.tenantId(), m.tier(), m.fromCell(), m.toCell(), 100 * m.worstPeakBefore(),
                        100 * m.worstPeakAfter(), m.dataGb(), m.migrationHours(), m.riskScore());
            }
        }
        if (out != null) {
            write(layout, pop, plan, o);
        }
        o.flush();
        return TenantsimCommand.OK;
    }

    private void write(StackLayout layout, Population pop, MigrationPlan plan, PrintWriter o) {
        try {
            Files.createDirectories(out);
            Path a = out.resolve("assignment.csv");
            try (Writer w = Files.newBufferedWriter(a, StandardCharsets.UTF_8)) {
                w.write("tenant,tier,stack,kind\n");
                for (int t = 0; t < pop.size(); t++) {
                    PlacedStack st = layout.stack(layout.stackOf(t));
                    w.write(csv(pop.get(t).id()) + "," + csv(pop.get(t).tier()) + "," + csv(st.name()) + "," + st.kind().label() + "\n");
                }
            }
            o.println("wrote " + a);
            if (plan != null) {
                plan.writeCsv(out.resolve("rebalance-plan.csv"));
                plan.writeJson(out.resolve("rebalance-plan.json"));
                o.println("wrote " + out.resolve("rebalance-plan.csv"));
                o.println("wrote " + out.resolve("rebalance-plan.json"));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UserError("--out (" + out + ") cannot be written: " + e.getMessage());
        }
    }

    private static String span(int minutes) {
        return minutes % 1440 == 0 ? minutes / 1440 + " day(s)" : minutes % 60 == 0 ? minutes / 60 + " h" : minutes + " min";
    }

    private static String csv(String s) {
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
