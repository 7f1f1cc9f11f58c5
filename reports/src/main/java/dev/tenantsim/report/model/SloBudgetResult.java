package dev.tenantsim.report.model;

import java.util.Objects;

/**
 * How a tier's SLO counts its error budget and how much of it the run spent (docs/metrics.md,
 * "Error budget and burn rate"). Figures that do not apply, or that the pass did not measure, are
 * null.
 *
 * @param method        {@code timeslices} (good one-minute slices) or {@code occurrences} (good requests)
 * @param target        share of good slices or requests promised (a fraction), null when the tier has none
 * @param thresholdMs   latency a good request stays within (occurrences), null for timeslices
 * @param sliceSeconds  length of a slice (timeslices), null for occurrences
 * @param windowSeconds the window the target is counted over
 * @param badShare      bad slices or requests / all in the measured span; null when not measured
 * @param budgetLeft    1 − the share of the window's error budget spent (negative: overspent); null
 *                      without a target or a measurement
 * @param burnRate      bad share / (1 − target): 1 spends exactly the budget over the window; null likewise
 */
public record SloBudgetResult(String method, Double target, Double thresholdMs, Double sliceSeconds, double windowSeconds,
                              Double badShare, Double budgetLeft, Double burnRate) implements java.io.Serializable {
    public SloBudgetResult {
        Objects.requireNonNull(method, "method");
        if (!(windowSeconds > 0)) {
            throw new IllegalArgumentException("windowSeconds (" + windowSeconds + ") must be > 0");
        }
    }

    /** Whether there is a budget to speak of: a target and a measured bad share. */
    public boolean hasBudget() {
        return budgetLeft != null && burnRate != null;
    }
}
