package dev.tenantsim.scenario.cli;

import dev.tenantsim.report.model.CostLine;
import dev.tenantsim.report.model.PriceMove;
import dev.tenantsim.report.model.PriceSheetResult;
import dev.tenantsim.scenario.RunProgress;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.runner.cost.ScenarioCosts;
import dev.tenantsim.scenario.runner.cost.StackPricing;
import dev.tenantsim.scenario.runner.model.ScenarioModel;
import dev.tenantsim.scenario.runner.model.ScenarioModels;
import dev.tenantsim.cost.bom.Bill;
import dev.tenantsim.cost.focus.FocusCsv;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "price", mixinStandardHelpOptions = true,
        description = {"Print the monthly bill of materials of a scenario's topology, from its price book",
                "(priceBook, else the bundled default, where every price names its source).",
                "Nothing is simulated: showback and SLA credits come with run and compare."},
        footer = {"", "Example:  tenantsim price instance-consolidation --variant consolidated",
                "          tenantsim price quickstart --uplift"})
final class PriceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file or bundled scenario name.")
    String scenario;

    @Option(names = "--variant", paramLabel = "NAME", description = "Price this variant instead of the base.")
    String variant;

    @Option(names = "--uplift", description = {"Also run the scenario (its own seed and replications) and print the",
            "isolation-uplift price sheet of the tenants most affected."})
    boolean uplift;

    @Option(names = "--focus", paramLabel = "FILE", description = {"Also write the bill as FinOps FOCUS rows (CSV) to FILE:",
            "list, effective and billed cost, pricing category, commitment, tags with stack, tenant and tier."})
    Path focus;

    @Option(names = "--month", paramLabel = "YYYY-MM", defaultValue = "2027-01",
            description = "Billing month of the FOCUS rows (default: ${DEFAULT-VALUE}, a nominal month).")
    String month;

    @Option(names = "--force", description = "Replace an existing --focus file.")
    boolean force;

    @Override
    public Integer call() {
        Scenario s = ScenarioLoader.resolve(scenario);
        if (variant != null) {
            s = s.variant(variant);
        }
        YearMonth billingMonth = billingMonth();
        if (focus != null) {
            AtomicFile.checkWritable(focus, force, "--focus");
        }
        ScenarioModel model = ScenarioModels.forRequestLevel(s, s.seed());
        Bill bill = ScenarioCosts.bill(model);
        List<CostLine> lines = ScenarioCosts.lines(bill);
        PrintWriter out = Cli.out(spec);
        String row = "%-36s %9s %-22s %14s %14s  %s%n";
        out.printf(Locale.ROOT, row, "item", "quantity", "unit", "unit price", "per month", "priced by");
        BigDecimal total = BigDecimal.ZERO;
        for (CostLine l : lines) {
            out.printf(Locale.ROOT, row, l.item(), l.quantity().toPlainString(), l.unit(),
                    "$" + l.unitPrice().stripTrailingZeros().toPlainString(), cents(l.total()), l.rule());
            total = total.add(l.total());
        }
        out.printf(Locale.ROOT, row, "total", "", "", "", cents(total), "");
        int stacks = model.layout().stacks().size();
        out.printf(Locale.ROOT, "%d stack%s (%s topology), %d tenants.%n", stacks, stacks == 1 ? "" : "s", s.topology().kind(),
                model.tenantCount());
        if (s.costs().publishedMonthlyBill() != null) {
            out.printf(Locale.ROOT, "published: %s/month. %s%n", cents(s.costs().publishedMonthlyBill()),
                    s.costs().publishedNote());
        }
        out.println("prices: " + ScenarioCosts.priceSource(s) + ".");
        if (StackPricing.anyPricedBySize(model)) {
            out.println("note: stacks without items are priced from their size at AWS on-demand list prices: one m5 instance per"
                    + " app node (the smallest with its cores), one db.m5.large per two DB cores, one application load balancer.");
        }
        model.notes().forEach(n -> out.println("note: " + n));
        if (focus != null) {
            StringBuilder csv = new StringBuilder();
            FocusCsv.write(bill, ScenarioCosts.roster(model), StackPricing.regions(model), billingMonth, csv);
            AtomicFile.write(focus, csv.toString(), force, "--focus");
            out.println("wrote " + focus + " (FOCUS rows for " + billingMonth + ")");
        }
        if (uplift) {
            printUplift(out, Cli.runner(spec).run(s, s.seed(), s.replications(), RunProgress.NONE).priceSheet());
        }
        out.flush();
        return TenantsimCommand.OK;
    }

    private static void printUplift(PrintWriter out, PriceSheetResult sheet) {
        out.println();
        if (sheet == null || sheet.moves().isEmpty()) {
            out.println("isolation-uplift price sheet: no tenant shares a stack it could move off.");
            return;
        }
        out.printf(Locale.ROOT, "isolation-uplift price sheet (target gross margin %s%%):%n",
                sheet.targetMargin().movePointRight(2).stripTrailingZeros().toPlainString());
        String row = "%-16s %-12s %-22s %10s %12s %12s %12s %12s %12s %14s%n";
        out.printf(Locale.ROOT, row, "tenant", "tier", "move", "peak cores", "cost now", "cost after", "delta", "credits now",
                "credits after", "list price/mo");
        for (PriceMove m : sheet.moves()) {
            out.printf(Locale.ROOT, row, m.tenant(), m.tier(), m.from() + " -> " + m.to(), String.format(Locale.ROOT, "%.2f", m.peakDemand()),
                    cents(m.costFrom()), cents(m.costTo()), cents(m.deltaCost()), cents(m.creditsFrom()), cents(m.creditsTo()),
                    cents(m.listPrice()));
        }
        out.println(sheet.definition());
    }

    private YearMonth billingMonth() {
        try {
            return YearMonth.parse(month);
        } catch (java.time.format.DateTimeParseException e) {
            throw new UserError("--month (" + month + ") must be a month as YYYY-MM, e.g. 2027-01");
        }
    }

    /** Exact to the cent, grouped: $1,295.39. */
    static String cents(BigDecimal amount) {
        return String.format(Locale.ROOT, "$%,.2f", amount.setScale(2, java.math.RoundingMode.HALF_EVEN));
    }
}
