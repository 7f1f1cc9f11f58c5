package dev.tenantsim.workload.calibrate;

/**
 * The two-state burst model fitted to what the daily and weekly shapes leave unexplained: the
 * parameters of the {@code bursty} generator (MMPP-2 rate modulation).
 *
 * @param multiplier       burst level over calm level, k &gt; 1
 * @param burstsPerDay     bursts started per day
 * @param meanBurstMinutes mean length of a burst, minutes
 */
public record BurstFit(double multiplier, double burstsPerDay, double meanBurstMinutes) {
    public BurstFit {
        if (!(multiplier > 1) || !(burstsPerDay > 0) || !(meanBurstMinutes >= 1)) {
            throw new IllegalArgumentException("burst fit (multiplier " + multiplier + ", burstsPerDay " + burstsPerDay
                    + ", meanBurstMinutes " + meanBurstMinutes + ") must have multiplier > 1, bursts > 0, length >= 1 min");
        }
        if (!(1440 - burstsPerDay * meanBurstMinutes > burstsPerDay)) {
            throw new IllegalArgumentException("burst fit: burstsPerDay (" + burstsPerDay + ") × meanBurstMinutes ("
                    + meanBurstMinutes + ") must leave calm time in a day");
        }
    }

    /** Stationary share of minutes in burst, as the {@code bursty} generator computes it. */
    public double burstShare() {
        double pOn = burstsPerDay / (1440 - burstsPerDay * meanBurstMinutes);
        double pOff = Math.min(1, 1 / meanBurstMinutes);
        return pOn / (pOn + pOff);
    }
}
