package dev.tenantsim.scenario.optimize;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What the search knows of one grid point.
 *
 * @param replications how many replications were run (0 when none)
 * @param judgements   one per constraint, in constraint order (empty when nothing was run)
 * @param cost         the monthly bill the runs reported (the objective), or the price when nothing ran
 * @param note         why the status is what it is, in words ("inferred from nodes=3: ...", a failure's message)
 */
public record Assessment(Candidate candidate, Status status, int replications, List<Judgement> judgements, BigDecimal cost,
                         String note) {
    /** Where a point stands. */
    public enum Status {
        /** Every constraint is met over all replications (over its 95% interval, or at the mean if so asked). */
        FEASIBLE,
        /** A constraint is not met over all replications. */
        INFEASIBLE,
        /** Failed on its first replication by more than the screening margin; not run further (successive halving). */
        SCREENED_OUT,
        /** Not run: a point with at least as much of every capacity-like axis was infeasible (monotonicity). */
        INFERRED_INFEASIBLE,
        /** A run of it failed (the note says why). */
        FAILED,
        /** Not needed: the search stopped before reaching it (it costs more than the designs found). */
        NOT_VISITED;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    public Assessment {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(status, "status");
        judgements = List.copyOf(judgements);
        Objects.requireNonNull(cost, "cost");
        note = note == null ? "" : note;
    }

    static Assessment unrun(Candidate c, Status status, String note) {
        return new Assessment(c, status, 0, List.of(), c.price(), note);
    }

    public boolean feasible() {
        return status == Status.FEASIBLE;
    }

    /** Whether the point is known to fail a constraint (run, screened or inferred). */
    public boolean infeasible() {
        return status == Status.INFEASIBLE || status == Status.SCREENED_OUT || status == Status.INFERRED_INFEASIBLE;
    }

    /** The constraint with the least relative room (the one that binds), or null when nothing was run. */
    public Judgement binding() {
        return judgements.stream().min(Comparator.comparingDouble(Judgement::relativeSlack)).orElse(null);
    }

    /** The judgements whose bound is not met (see {@link Judgement#meets()}). */
    public List<Judgement> violated() {
        return judgements.stream().filter(j -> !j.meets()).toList();
    }

    /** Whether every constraint also holds over its whole 95% interval. */
    public boolean confident() {
        return !judgements.isEmpty() && judgements.stream().allMatch(Judgement::confident);
    }
}
