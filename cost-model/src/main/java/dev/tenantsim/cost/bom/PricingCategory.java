package dev.tenantsim.cost.bom;

/**
 * How a bill line was priced, in the FinOps FOCUS specification's {@code PricingCategory}
 * vocabulary: at the price book's (on-demand) rate, under a commitment (reservation or savings
 * plan), at a market price (spot), or otherwise (free tier).
 */
public enum PricingCategory {
    STANDARD("Standard"),
    COMMITTED("Committed"),
    DYNAMIC("Dynamic"),
    OTHER("Other");

    private final String focusName;

    PricingCategory(String focusName) {
        this.focusName = focusName;
    }

    /** The FOCUS column value. */
    public String focusName() {
        return focusName;
    }
}
