package dev.tenantsim.placement.rebalance;

/**
 * One proposed migration.
 *
 * @param order position in the plan (1-based); moves are meant to run in this order
 * @param tenantId tenant moved
 * @param tenantIndex its dense index
 * @param tier its tier
 * @param fromCell cell it leaves (the worst cell when the move was chosen)
 * @param toCell cell it goes to
 * @param worstPeakBefore highest cell peak utilization before this move
 * @param worstPeakAfter highest cell peak utilization after it
 * @param dataGb data to copy
 * @param migrationHours estimated copy time at the plan's copy rate
 * @param riskScore in [0, 1]: 0.5 × tier weight + 0.25 × revenue share + 0.25 × size share
 *     (shares relative to the largest tenant of the population)
 * @param monthlyRevenueMicros the tenant's revenue (micro-dollars per month)
 */
public record Move(int order, String tenantId, int tenantIndex, String tier, String fromCell, String toCell,
                   double worstPeakBefore, double worstPeakAfter, double dataGb, double migrationHours,
                   double riskScore, long monthlyRevenueMicros) {

    /** Reduction of the worst cell's peak utilization (utilization points, 0..1). */
    public double expectedGain() {
        return worstPeakBefore - worstPeakAfter;
    }
}
