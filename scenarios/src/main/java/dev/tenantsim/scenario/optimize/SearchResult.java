package dev.tenantsim.scenario.optimize;

import dev.tenantsim.scenario.sweep.Setting;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What a search found: every grid point's assessment (grid order), the runs it used and what the full
 * grid would have used.
 *
 * @param runs         (point, replication) runs made
 * @param fullGridRuns points × replications: what running every point would take
 */
public record SearchResult(DesignSearch.Strategy strategy, DesignSearch.Options options, List<Assessment> assessments, long runs,
                           long fullGridRuns) {
    private static final Comparator<Assessment> CHEAPEST = Comparator.comparing(Assessment::cost)
            .thenComparingInt(a -> a.candidate().index());

    public SearchResult {
        assessments = List.copyOf(assessments);
    }

    /** The cheapest feasible point (ties: the first in grid order), or null when none is. */
    public Assessment chosen() {
        return assessments.stream().filter(Assessment::feasible).min(CHEAPEST).orElse(null);
    }

    /** The next cheapest feasible points, at most {@link DesignSearch.Options#runnersUp}. */
    public List<Assessment> runnersUp() {
        return assessments.stream().filter(Assessment::feasible).sorted(CHEAPEST).skip(1).limit(options.runnersUp()).toList();
    }

    /** The cheapest point that was run and failed a constraint, or null. */
    public Assessment cheapestInfeasible() {
        return assessments.stream().filter(a -> !a.judgements().isEmpty() && !a.feasible()).min(CHEAPEST).orElse(null);
    }

    /** In words: what the cheapest infeasible point lacks, and what the chosen design adds for what money. */
    public List<String> whatItWouldTake() {
        Assessment inf = cheapestInfeasible();
        if (inf == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        String reps = inf.replications() == 1 ? "1 replication" : inf.replications() + " replications";
        for (Judgement j : inf.violated()) {
            out.add(inf.candidate().label() + " (" + money(inf.cost()) + "/month, " + reps + "): " + j.constraint().gap(j.judgedValue()) + (j.byInterval() && j.replications() > 1 ? " (at the unfavourable end of its 95% interval)" : ""));
        }
        Assessment c = chosen();
        if (c != null && c.cost().compareTo(inf.cost()) >= 0) {
            out.add("the cheapest feasible design, " + c.candidate().label() + ", gets there for " + money(c.cost().subtract(inf.cost()))
                    + " more a month by changing " + String.join(", ", differences(inf.candidate(), c.candidate())));
        }
        return out;
    }

    /** Settings of {@code to} that differ from {@code from}: {@code topology.pooled.app.nodes 1 -> 2}. */
    static List<String> differences(Candidate from, Candidate to) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < from.settings().size(); i++) {
            Setting a = from.settings().get(i);
            Setting b = to.settings().get(i);
            if (!a.value().equals(b.value())) {
                out.add(a.path() + " " + a.value() + " -> " + b.value());
            }
        }
        return out.isEmpty() ? List.of("nothing (the same settings)") : out;
    }

    /** "$1,295.39". */
    public static String money(BigDecimal amount) {
        return String.format(Locale.ROOT, "$%,.2f", amount.setScale(2, RoundingMode.HALF_EVEN));
    }
}
