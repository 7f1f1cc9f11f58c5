package dev.tenantsim.report;

import dev.tenantsim.report.model.SloBudgetResult;
import dev.tenantsim.report.model.TierResult;
import java.util.Locale;

/**
 * A tier's SLO and error budget in plain words (docs/metrics.md, "Error budget and burn rate"):
 * what the SLO promises, how much of its budget is left, and what the burn rate means in time.
 */
public final class SloBudgetWords {
    private SloBudgetWords() {
    }

    /**
     * "99.9% of requests without error within 300 ms, over 28 d", "99.9% of 1-minute slices with
     * p99 ≤ 100 ms and errors within budget, over 1 h", or "... ; no target set".
     */
    public static String objective(TierResult t) {
        SloBudgetResult b = t.sloBudget();
        String over = ", over " + Formats.span(b.windowSeconds());
        if ("occurrences".equals(b.method())) {
            return target(b.target()) + " of requests without error within " + Formats.millis(b.thresholdMs()) + over;
        }
        String slices = "1-minute slices with p99 ≤ " + Formats.millis(t.sloP99Ms()) + " and errors within budget";
        return b.target() == null ? slices + "; no target set" : target(b.target()) + " of " + slices + over;
    }

    /** "62% left", "overspent: 3.5× the budget", or "n/a" (no target or not measured). */
    public static String left(SloBudgetResult b) {
        if (!b.hasBudget()) {
            return "n/a";
        }
        if (b.budgetLeft() >= 0) {
            return Formats.percent(b.budgetLeft()) + " left";
        }
        return "overspent: " + times(1 - b.budgetLeft()) + " the budget";
    }

    /** The burn rate as a number ("0.38", "3.5", "500"), or "n/a". */
    public static String burnRate(SloBudgetResult b) {
        return b.hasBudget() ? number(b.burnRate()) : "n/a";
    }

    /** What the burn rate means: how long the window's budget lasts at this pace. */
    public static String meaning(SloBudgetResult b) {
        if (b.badShare() == null) {
            return "not measured on this pass";
        }
        if (!b.hasBudget()) {
            return Formats.percent(b.badShare()) + " of " + unit(b) + " bad; no target, so no budget";
        }
        if (b.burnRate() == 0) {
            return "no bad " + unit(b) + ": nothing spent";
        }
        if (b.burnRate() <= 1) {
            return "spending no faster than the window allows: the budget lasts the whole " + Formats.span(b.windowSeconds());
        }
        return String.format(Locale.ROOT, "spending %s× as fast as the window allows: a %s budget lasts %s at this pace",
                number(b.burnRate()), Formats.span(b.windowSeconds()), Formats.span(b.windowSeconds() / b.burnRate()));
    }

    private static String unit(SloBudgetResult b) {
        return "occurrences".equals(b.method()) ? "requests" : "slices";
    }

    /** 0.999 → "99.9%", 0.9995 → "99.95%". */
    public static String target(double fraction) {
        return Formats.number(fraction * 100) + "%";
    }

    private static String times(double v) {
        return number(v) + "×";
    }

    /** "0", two decimals below 1, one below 10, whole numbers above: "0.38", "3.5", "500", "12,400". */
    private static String number(double v) {
        if (v == 0) {
            return "0";
        }
        if (v >= 10) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (v >= 1) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
