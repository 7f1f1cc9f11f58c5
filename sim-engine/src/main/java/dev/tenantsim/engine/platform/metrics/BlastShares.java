package dev.tenantsim.engine.platform.metrics;

import java.util.List;

/**
 * Blast radius (docs/metrics.md) over a span of minutes: of the run's tenants other than the
 * aggressor (all stacks: containing an incident to one cell shows as a smaller radius), the share
 * with at least one SLO-violation minute in the span, and their share of monthly revenue; each the
 * mean of the replications' shares.
 *
 * @param affected     mean count over replications of the tenants with a violation minute
 * @param population   tenants considered (all but the aggressor)
 * @param tenantShare  mean over replications of affected / population
 * @param revenueShare mean over replications of the affected tenants' revenue / the population's
 */
public record BlastShares(double affected, int population, double tenantShare, double revenueShare) {

    /** The whole measured span. */
    public static BlastShares of(List<Measurements> replications, int aggressor) {
        return of(replications, aggressor, 0, replications.get(0).minutes());
    }

    /** Minutes [fromMinute, toMinute) of the measured span, {@code aggressor} excluded (-1: none). */
    public static BlastShares of(List<Measurements> replications, int aggressor, int fromMinute, int toMinute) {
        Measurements first = replications.get(0);
        int n = first.tenantCount();
        int reps = replications.size();
        int population = 0;
        long revenueTotal = 0;
        for (int i = 0; i < n; i++) {
            if (i != aggressor) {
                population++;
                revenueTotal += first.tenant(i).revenueMicros();
            }
        }
        double count = 0;
        double tenants = 0;
        double revenue = 0;
        for (Measurements m : replications) {
            int hit = 0;
            long rev = 0;
            for (int i = 0; i < n; i++) {
                if (i != aggressor && m.tenant(i).violatedDuring(fromMinute, toMinute)) {
                    hit++;
                    rev += m.tenant(i).revenueMicros();
                }
            }
            count += (double) hit / reps;
            tenants += population == 0 ? 0 : (double) hit / population / reps;
            revenue += revenueTotal == 0 ? 0 : (double) rev / revenueTotal / reps;
        }
        return new BlastShares(count, population, tenants, revenue);
    }

    /**
     * Per point of {@code minutesPerPoint} minutes, the mean share of the tenants other than the
     * aggressor in violation (mean over the point's minutes and the replications).
     */
    public static double[] perPoint(List<Measurements> replications, int aggressor, int minutesPerPoint) {
        Measurements first = replications.get(0);
        int minutes = first.minutes();
        int n = first.tenantCount();
        int reps = replications.size();
        int population = aggressor >= 0 && aggressor < n ? n - 1 : n;
        double[] perMinute = new double[minutes];
        for (Measurements m : replications) {
            for (int i = 0; i < n; i++) {
                if (i == aggressor) {
                    continue;
                }
                m.tenant(i).violations().addTo(perMinute, 1.0 / Math.max(1, population) / reps);
            }
        }
        if (minutesPerPoint == 1) {
            return perMinute;
        }
        double[] out = new double[(minutes + minutesPerPoint - 1) / minutesPerPoint];
        for (int p = 0; p < out.length; p++) {
            int to = Math.min(minutes, (p + 1) * minutesPerPoint);
            double s = 0;
            for (int minute = p * minutesPerPoint; minute < to; minute++) {
                s += perMinute[minute];
            }
            out[p] = s / (to - p * minutesPerPoint);
        }
        return out;
    }
}
