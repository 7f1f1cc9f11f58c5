package dev.tenantsim.workload.generator.pattern;

import dev.tenantsim.workload.generator.GeneratorParams;
import dev.tenantsim.workload.generator.RateModifier;
import dev.tenantsim.workload.generator.SignatureBuilder;
import dev.tenantsim.workload.generator.TenantContext;
import dev.tenantsim.workload.generator.WorkloadGenerator;

/**
 * {@code weekly}: a day-of-week level in local time — weekdays 1, Saturday and Sunday
 * {@code weekendLevel} (default 0.4) — with a Monday-morning peak: ×{@code mondayPeak} (default
 * 1.6) from {@code mondayPeakStartHour} (default 8) for {@code mondayPeakHours} (default 3) local.
 * The week's table is normalised to mean 1.
 */
public final class WeeklyGenerator implements WorkloadGenerator {
    public static final String NAME = "weekly";
    /** Its line in {@code tenantsim list generators}. */
    public static final String DESCRIPTION = "quieter weekends on top of the other patterns";
    private static final int WEEK = TenantContext.WEEK;
    private final double[] table = new double[WEEK];

    public WeeklyGenerator(GeneratorParams p) {
        p.allowOnly("weekendLevel", "mondayPeak", "mondayPeakStartHour", "mondayPeakHours");
        double weekend = p.nonNegative("weekendLevel", 0.4);
        double peak = p.positive("mondayPeak", 1.6);
        int peakStart = (int) Math.round(p.inRange("mondayPeakStartHour", 8, 0, 24) * 60);
        int peakLen = (int) Math.round(p.inRange("mondayPeakHours", 3, 0, 24.0001) * 60);
        double sum = 0;
        for (int w = 0; w < WEEK; w++) {
            int day = w / TenantContext.DAY;
            int minuteOfDay = w % TenantContext.DAY;
            double level = day >= 5 ? weekend : 1.0;
            if (day == 0 && minuteOfDay >= peakStart && minuteOfDay < peakStart + peakLen) {
                level *= peak;
            }
            table[w] = level;
            sum += level;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("generators.weekly: the week has no load (weekendLevel 0 and no weekday)");
        }
        double mean = sum / WEEK;
        for (int w = 0; w < WEEK; w++) {
            table[w] /= mean;
        }
    }

    /** The normalised factor at local minute of week {@code w} (0 = Monday 00:00). */
    public double factorAtLocalMinuteOfWeek(int w) {
        return table[Math.floorMod(w, WEEK)];
    }

    @Override
    public void contribute(TenantContext context, SignatureBuilder signature) {
        signature.multiply(new Modifier(table, context.localMinuteOfWeekAtStart()));
    }

    private record Modifier(double[] table, int shift) implements RateModifier {
        @Override
        public void apply(int fromMinute, double[] out, int offset, int length) {
            int j = Math.floorMod(shift + fromMinute, WEEK);
            for (int k = 0; k < length; k++) {
                out[offset + k] *= table[j];
                if (++j == WEEK) {
                    j = 0;
                }
            }
        }

        @Override
        public double factor(int minute) {
            return table[Math.floorMod(shift + minute, WEEK)];
        }
    }
}
