package dev.tenantsim.workload.calibrate;

import java.util.Optional;

/**
 * One tenant's fitted signature: what a scenario's named tenant needs to reproduce it with the
 * {@code weekly}, {@code diurnal} and {@code bursty} generators.
 *
 * @param tenant            tenant id in the trace
 * @param meanRate          mean rate over the fit window, requests/s
 * @param diurnalAmplitude  a of the day curve 1 + a·cos(2π (local minute − peak) / 1440), in [0, 0.95]
 * @param diurnalPeakHour   local hour of its peak, in [0, 24)
 * @param weekendLevel      Saturday and Sunday level over the weekdays' (1 = no weekly shape)
 * @param burst             the burst model, empty when what is left is not bursty enough
 * @param minutesFitted     minutes of the fit window with data
 */
public record TenantFit(String tenant, double meanRate, double diurnalAmplitude, double diurnalPeakHour,
                        double weekendLevel, Optional<BurstFit> burst, int minutesFitted) {
    public TenantFit {
        if (!(meanRate >= 0) || Double.isInfinite(meanRate)) {
            throw new IllegalArgumentException("tenant " + tenant + ": mean rate (" + meanRate + ") must be >= 0");
        }
        if (!(diurnalAmplitude >= 0 && diurnalAmplitude <= 1)) {
            throw new IllegalArgumentException("tenant " + tenant + ": diurnal amplitude (" + diurnalAmplitude + ") must be in [0, 1]");
        }
        if (!(diurnalPeakHour >= 0 && diurnalPeakHour < 24)) {
            throw new IllegalArgumentException("tenant " + tenant + ": diurnal peak hour (" + diurnalPeakHour + ") must be in [0, 24)");
        }
        if (!(weekendLevel >= 0) || Double.isInfinite(weekendLevel)) {
            throw new IllegalArgumentException("tenant " + tenant + ": weekend level (" + weekendLevel + ") must be >= 0");
        }
    }
}
