package dev.tenantsim.scenario.optimize;

import java.util.Locale;

/**
 * One bound on one figure, e.g. {@code p99(pro) <= 250 ms} or {@code availability(enterprise) >= 99.95%}.
 *
 * @param tier  the tier the figure is read for, or null for the whole platform
 * @param upper true for {@code <=} / {@code <} (the figure must stay at or below the bound), false for {@code >=} / {@code >}
 * @param strict true for {@code <} and {@code >}
 * @param bound in the figure's unit: milliseconds for latencies, a fraction for shares
 * @param text  the clause as the user wrote it, for messages
 */
public record DesignConstraint(Figure figure, String tier, boolean upper, boolean strict, double bound, String text) {
    public DesignConstraint {
        if (figure == null || text == null) {
            throw new IllegalArgumentException("figure and text (null) must be given");
        }
        if (!Double.isFinite(bound)) {
            throw new IllegalArgumentException("bound (" + bound + ") must be a finite number");
        }
    }

    /** The figure's name with its tier: {@code p99(pro)}, {@code blastRadius}. */
    public String subject() {
        return tier == null ? figure.key() : figure.key() + "(" + tier + ")";
    }

    /** {@code p99(pro) <= 250.0 ms}. */
    public String describe() {
        return subject() + " " + (upper ? "<" : ">") + (strict ? "" : "=") + " " + figure.format(bound);
    }

    /** Whether a value meets the bound (NaN never does). */
    public boolean holds(double v) {
        if (Double.isNaN(v)) {
            return false;
        }
        if (upper) {
            return strict ? v < bound : v <= bound;
        }
        return strict ? v > bound : v >= bound;
    }

    /** How far a value is inside the bound (negative: outside), in the figure's unit; NaN for NaN. */
    public double slack(double v) {
        return upper ? bound - v : v - bound;
    }

    /**
     * Slack relative to the room the bound leaves: for a latency, slack / bound; for a share bounded above,
     * slack / bound; for a share bounded below (availability), slack / (1 − bound), the allowed shortfall.
     * Comparable across constraints, so the binding one is the smallest.
     */
    public double relativeSlack(double v) {
        double room = figure.kind() == Figure.Kind.SHARE && !upper ? 1 - bound : bound;
        return slack(v) / Math.max(Math.abs(room), 1e-12);
    }

    /** "must fall by 62.0 ms to 250.0 ms" for a value outside the bound. */
    public String gap(double v) {
        if (Double.isNaN(v)) {
            return subject() + " was not measured (no request of the tier completed)";
        }
        double by = -slack(v);
        String amount = figure.kind() == Figure.Kind.LATENCY ? String.format(Locale.ROOT, "%.1f ms", by)
                : String.format(Locale.ROOT, "%.3f points", 100 * by);
        return subject() + " " + figure.format(v) + " must " + (upper ? "fall" : "rise") + " by " + amount + " to " + figure.format(bound);
    }
}
