package dev.tenantsim.scenario.optimize;

import dev.tenantsim.report.model.RunOutcome;
import dev.tenantsim.scenario.optimize.Assessment.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the cheapest grid point that meets every constraint (docs/architecture.md, "Optimize").
 *
 * <p><b>Exhaustive</b> runs every point with every replication. <b>Smart</b> needs the price of every point
 * (its bill of materials, known without simulating) and walks the points from the cheapest up, in batches
 * of {@link Options#batch} that run together; it stops as soon as the cheapest feasible point and
 * {@link Options#runnersUp} more are known, since every cheaper point has been judged by then. On the way
 * it saves runs twice: a point with no more of any capacity-like axis than a point already found
 * infeasible (and the same value on the other axes) is inferred infeasible without running; and
 * replications are added by successive halving: every point runs one replication first, and only those
 * feasible on it, or failing by less than {@link Options#screenMargin} of a bound's room, run the rest.
 */
public final class DesignSearch {
    /** How to search; {@code AUTO} is exhaustive up to {@link Options#exhaustiveUpTo} points, else smart. */
    public enum Strategy {
        AUTO, EXHAUSTIVE, SMART;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param screenMargin relative shortfall (0.1 = 10% of a bound's room) within which a point failing its first
     *                     replication still runs the others
     * @param batch        points run together at each step of the smart walk (fixed, so the runs do not depend on the machine)
     * @param byInterval   a design meets a bound only if the figure's whole 95% interval over replications does
     *                     (default), rather than its mean
     */
    public record Options(Strategy strategy, int exhaustiveUpTo, int replications, double screenMargin, int runnersUp, int batch,
                          boolean byInterval) {
        public Options {
            if (strategy == null || exhaustiveUpTo < 0 || replications < 1 || !(screenMargin >= 0) || runnersUp < 0 || batch < 1) {
                throw new IllegalArgumentException("options (" + strategy + ", " + exhaustiveUpTo + ", " + replications + ", "
                        + screenMargin + ", " + runnersUp + ", " + batch + ") out of range");
            }
        }

        public static Options defaults(int replications) {
            return new Options(Strategy.AUTO, 16, replications, 0.10, 2, 4, true);
        }
    }

    private final Options options;
    private final List<Axis> axes;
    private final List<DesignConstraint> constraints;
    private final Evaluator evaluator;
    private final Map<Integer, Assessment> known = new HashMap<>();
    private long runs;

    public DesignSearch(Options options, List<Axis> axes, List<DesignConstraint> constraints, Evaluator evaluator) {
        this.options = options;
        this.axes = List.copyOf(axes);
        this.constraints = List.copyOf(constraints);
        this.evaluator = evaluator;
    }

    /** Searches {@code grid} (every point, in grid order). */
    public SearchResult search(List<Candidate> grid) {
        known.clear();
        runs = 0;
        Strategy s = options.strategy();
        if (s == Strategy.AUTO) {
            s = grid.size() <= options.exhaustiveUpTo() ? Strategy.EXHAUSTIVE : Strategy.SMART;
        }
        if (s == Strategy.EXHAUSTIVE) {
            exhaustive(grid);
        } else {
            smart(grid);
        }
        List<Assessment> all = new ArrayList<>();
        for (Candidate c : grid) {
            all.add(known.getOrDefault(c.index(), Assessment.unrun(c, Status.NOT_VISITED,
                    "not needed: the walk in order of price stopped before it")));
        }
        return new SearchResult(s, options, all, runs, (long) grid.size() * options.replications());
    }

    private void exhaustive(List<Candidate> grid) {
        List<Evaluator.Runs> res = evaluator.run(grid, 0, options.replications());
        runs += (long) grid.size() * options.replications();
        for (int i = 0; i < grid.size(); i++) {
            known.put(grid.get(i).index(), judge(grid.get(i), res.get(i).outcomes(), res.get(i).failure(), true));
        }
    }

    private void smart(List<Candidate> grid) {
        List<Candidate> order = new ArrayList<>(grid);
        order.sort(Comparator.comparing(Candidate::price).thenComparingInt(Candidate::index));
        int pos = 0;
        while (pos < order.size() && feasibleCount() < 1 + options.runnersUp()) {
            List<Candidate> batch = new ArrayList<>();
            while (batch.size() < options.batch() && pos < order.size()) {
                Candidate c = order.get(pos++);
                Assessment above = infeasibleAbove(c);
                if (above != null) {
                    known.put(c.index(), Assessment.unrun(c, Status.INFERRED_INFEASIBLE, "no more capacity than "
                            + above.candidate().label() + ", which is " + above.status().word()));
                } else {
                    batch.add(c);
                }
            }
            runBatch(batch);
        }
    }

    private void runBatch(List<Candidate> batch) {
        if (batch.isEmpty()) {
            return;
        }
        int all = options.replications();
        List<Evaluator.Runs> first = evaluator.run(batch, 0, 1);
        runs += batch.size();
        List<Candidate> promoted = new ArrayList<>();
        List<List<RunOutcome>> firstOutcomes = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Candidate c = batch.get(i);
            Evaluator.Runs r = first.get(i);
            Assessment a = judge(c, r.outcomes(), r.failure(), all == 1);
            if (all > 1 && !r.failed() && (a.status() == Status.FEASIBLE || withinMargin(a))) {
                promoted.add(c);
                firstOutcomes.add(r.outcomes());
            } else {
                known.put(c.index(), a.status() == Status.INFEASIBLE && all > 1
                        ? new Assessment(c, Status.SCREENED_OUT, 1, a.judgements(), a.cost(), "failed its first replication by more than "
                        + String.format(Locale.ROOT, "%.0f%%", 100 * options.screenMargin()) + " of a bound's room")
                        : a);
            }
        }
        if (promoted.isEmpty()) {
            return;
        }
        List<Evaluator.Runs> rest = evaluator.run(promoted, 1, all);
        runs += (long) promoted.size() * (all - 1);
        for (int i = 0; i < promoted.size(); i++) {
            List<RunOutcome> outcomes = new ArrayList<>(firstOutcomes.get(i));
            outcomes.addAll(rest.get(i).outcomes());
            known.put(promoted.get(i).index(), judge(promoted.get(i), outcomes, rest.get(i).failure(), true));
        }
    }

    private boolean withinMargin(Assessment a) {
        return a.violated().stream().allMatch(j -> j.relativeSlack() >= -options.screenMargin());
    }

    private long feasibleCount() {
        return known.values().stream().filter(Assessment::feasible).count();
    }

    /** An infeasible point that was run (or screened) with at least as much capacity as {@code c}, or null. */
    private Assessment infeasibleAbove(Candidate c) {
        return known.values().stream()
                .filter(a -> a.status() == Status.INFEASIBLE || a.status() == Status.SCREENED_OUT)
                .filter(a -> c.belowOrAt(a.candidate(), axes))
                .min(Comparator.comparingInt(a -> a.candidate().index())).orElse(null);
    }

    /** Judges a point on its runs; {@code last} says whether these are all the replications it gets. */
    private Assessment judge(Candidate c, List<RunOutcome> outcomes, String failure, boolean last) {
        if (failure != null) {
            return Assessment.unrun(c, Status.FAILED, failure);
        }
        List<Judgement> js = new ArrayList<>();
        for (DesignConstraint k : constraints) {
            double[] v = outcomes.stream().mapToDouble(o -> k.figure().value(o, k.tier())).toArray();
            js.add(Judgement.of(k, v, options.byInterval()));
        }
        RunOutcome first = outcomes.get(0);
        if (!first.hasCost()) {
            return Assessment.unrun(c, Status.FAILED, "the run computed no cost, so the objective (cost) is unknown");
        }
        boolean ok = js.stream().allMatch(Judgement::meets);
        return new Assessment(c, ok ? Status.FEASIBLE : Status.INFEASIBLE, outcomes.size(), js, bill(first), last ? "" : "first replication");
    }

    private static BigDecimal bill(RunOutcome o) {
        return o.cost().monthlyBill();
    }
}
