package dev.tenantsim.report;

import dev.tenantsim.report.model.BlastRadius;
import dev.tenantsim.report.model.Comparison;
import dev.tenantsim.report.model.CostResult;
import dev.tenantsim.report.model.RunGap;
import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.report.model.StackResult;
import dev.tenantsim.report.model.TierResult;
import dev.tenantsim.report.model.WindowResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The plain-language summary at the top of a report, written for people who do not read
 * latency histograms: who was hurt, how much of the revenue that is, how busy the platform was,
 * and what it costs. One sentence per finding, most important first.
 */
public final class PlainSummary {
    private PlainSummary() {
    }

    /** Sentences summarising one run. */
    public static List<String> of(RunOutcome o) {
        List<String> s = new ArrayList<>();
        var info = o.info();
        String what = "base".equals(info.variant()) ? info.scenario() : info.scenario() + " (" + info.variant() + ")";
        s.add(String.format("%s: %d tenants on %s, %s simulated, %d replication%s, seed %d.",
                what, o.tenants().size(), stacks(o.stacks()), Formats.span(info.simulatedSeconds()),
                info.replications(), info.replications() == 1 ? "" : "s", info.seed()));
        s.add(breachSentence(o.blastRadius()));
        for (WindowResult w : o.windows()) {
            s.add(String.format("During the %s window (%s–%s), %s of tenants breached their p99 objective (%s of revenue).",
                    w.label(), Formats.moment(info.horizonStart(), w.fromSeconds()), Formats.moment(info.horizonStart(), w.toSeconds()),
                    Formats.percent(w.shareOfTenants()), Formats.percent(w.shareOfRevenue())));
        }
        tierSentence(o.tiers()).ifPresent(s::add);
        budgetSentence(o.tiers()).ifPresent(s::add);
        o.stacks().stream().max(Comparator.comparingDouble(StackResult::peakUtilization)).ifPresent(st ->
                s.add(String.format("The busiest stack, %s, peaked at %s utilization (%s on average).",
                        st.name(), Formats.percent(st.peakUtilization()), Formats.percent(st.meanUtilization()))));
        if (o.hasCost()) {
            s.add(costSentence(o.cost()));
        }
        return s;
    }

    /** Sentences comparing each outcome with the first one. */
    public static List<String> of(Comparison c) {
        List<String> s = new ArrayList<>();
        RunOutcome ref = c.reference();
        s.add(String.format("%s: %d runs compared with the same random arrivals (common random numbers); the reference is %s.",
                c.scenario(), c.outcomes().size(), ref.info().variant()));
        if (!c.gaps().isEmpty()) {
            s.add(String.format("%d run(s) failed and are missing from the comparison: %s.", c.gaps().size(),
                    String.join("; ", c.gaps().stream().map(RunGap::describe).toList())));
        }
        for (int w = 0; w < ref.windows().size(); w++) {
            s.add(windowComparison(c, w));
        }
        s.add(String.format("Over the whole run, with %s, %s of tenants breached their p99 objective (%s of revenue).",
                ref.info().variant(), Formats.percent(ref.blastRadius().shareOfTenants()),
                Formats.percent(ref.blastRadius().shareOfRevenue())));
        for (RunOutcome o : c.outcomes().subList(1, c.outcomes().size())) {
            StringBuilder b = new StringBuilder();
            b.append(String.format("With %s, %s did (%s of revenue)", o.info().variant(),
                    Formats.percent(o.blastRadius().shareOfTenants()), Formats.percent(o.blastRadius().shareOfRevenue())));
            if (o.hasCost() && ref.hasCost()) {
                var diff = o.cost().monthlyBill().subtract(ref.cost().monthlyBill());
                String delta = diff.signum() == 0 ? "the same as " + ref.info().variant()
                        : Formats.money(diff.abs(), o.cost().currency()) + (diff.signum() > 0 ? " more" : " less") + " than " + ref.info().variant();
                b.append(String.format("; the bill is %s/month (%s)", Formats.money(o.cost().monthlyBill(), o.cost().currency()), delta));
            }
            b.append('.');
            s.add(b.toString());
        }
        return s;
    }

    /** "During the export window (10:30–12:00), 94% of tenants breached ... with base; 0.4% with quotas." */
    private static String windowComparison(Comparison c, int index) {
        RunOutcome ref = c.reference();
        WindowResult w = ref.windows().get(index);
        StringBuilder b = new StringBuilder(String.format("During the %s window (%s–%s), %s of tenants breached their p99 objective with %s (%s of revenue)",
                w.label(), Formats.moment(ref.info().horizonStart(), w.fromSeconds()), Formats.moment(ref.info().horizonStart(), w.toSeconds()),
                Formats.percent(w.shareOfTenants()), ref.info().variant(), Formats.percent(w.shareOfRevenue())));
        for (RunOutcome o : c.outcomes().subList(1, c.outcomes().size())) {
            if (index < o.windows().size()) {
                WindowResult ow = o.windows().get(index);
                b.append(String.format("; %s with %s", ow.tenantsBreaching() == 0 ? "none" : Formats.percent(ow.shareOfTenants()),
                        o.info().variant()));
            }
        }
        return b.append('.').toString();
    }

    private static String stacks(List<StackResult> stacks) {
        if (stacks.size() == 1) {
            return "one " + stacks.get(0).kind() + " stack";
        }
        return stacks.size() + " stacks";
    }

    private static String breachSentence(BlastRadius br) {
        String aggressor = br.aggressor() == null ? "" : " (not counting " + br.aggressor() + ", the tenant that used the most capacity)";
        if (br.tenantsBreaching() == 0) {
            return "No tenant breached its p99 latency objective in any minute" + aggressor + ".";
        }
        return String.format("%d of %d tenants (%s) breached their p99 latency objective in at least one minute%s; they bring in %s of monthly revenue.",
                br.tenantsBreaching(), br.tenantsConsidered(), Formats.percent(br.shareOfTenants()), aggressor,
                Formats.percent(br.shareOfRevenue()));
    }

    private static Optional<String> tierSentence(List<TierResult> tiers) {
        List<TierResult> measured = tiers.stream().filter(t -> t.latency().hasData()).toList();
        if (measured.isEmpty()) {
            return Optional.empty();
        }
        TierResult worst = measured.stream()
                .max(Comparator.comparingDouble(t -> t.latency().p99Ms() / t.sloP99Ms())).orElseThrow();
        if (worst.latency().p99Ms() > worst.sloP99Ms()) {
            return Optional.of(String.format("The %s tier missed its objective overall: p99 %s against %s.",
                    worst.tier(), Formats.millis(worst.latency().p99Ms()), Formats.millis(worst.sloP99Ms())));
        }
        StringBuilder b = new StringBuilder("Every tier met its p99 objective over the whole run: ");
        for (int i = 0; i < measured.size(); i++) {
            TierResult t = measured.get(i);
            b.append(i == 0 ? "" : ", ").append(t.tier()).append(' ').append(Formats.millis(t.latency().p99Ms()))
                    .append(" (objective ").append(Formats.millis(t.sloP99Ms())).append(')');
        }
        return Optional.of(b.append('.').toString());
    }

    /** "Error budgets over each tier's SLO window: pro 62% left (burn rate 0.38); enterprise overspent: 3.5× the budget (burn rate 3.5)." */
    private static Optional<String> budgetSentence(List<TierResult> tiers) {
        List<TierResult> budgeted = tiers.stream().filter(t -> t.sloBudget() != null && t.sloBudget().hasBudget()).toList();
        if (budgeted.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder("Error budgets over each tier's SLO window: ");
        for (int i = 0; i < budgeted.size(); i++) {
            TierResult t = budgeted.get(i);
            b.append(i == 0 ? "" : "; ").append(t.tier()).append(' ').append(SloBudgetWords.left(t.sloBudget()))
                    .append(" (burn rate ").append(SloBudgetWords.burnRate(t.sloBudget())).append(')');
        }
        return Optional.of(b.append('.').toString());
    }

    private static String costSentence(CostResult c) {
        String margin = Double.isNaN(c.grossMargin()) ? "" : String.format(" (gross margin %s)", Formats.percent(c.grossMargin()));
        return String.format("Infrastructure costs %s/month against %s/month of revenue%s; expected SLA credits %s/month.",
                Formats.money(c.monthlyBill(), c.currency()), Formats.money(c.monthlyRevenue(), c.currency()), margin,
                Formats.money(c.slaCredits(), c.currency()));
    }
}
