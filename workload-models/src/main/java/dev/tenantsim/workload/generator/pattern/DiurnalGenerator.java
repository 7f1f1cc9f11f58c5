package dev.tenantsim.workload.generator.pattern;

import dev.tenantsim.workload.CounterHash;
import dev.tenantsim.workload.generator.GeneratorParams;
import dev.tenantsim.workload.generator.RateModifier;
import dev.tenantsim.workload.generator.SignatureBuilder;
import dev.tenantsim.workload.generator.TenantContext;
import dev.tenantsim.workload.generator.WorkloadGenerator;

/**
 * {@code diurnal}: factor 1 + a·cos(2π (local minute of day − peak) / 1440), mean 1 over a day.
 * Local time is the tenant's region offset (see {@code SignatureFactory}) plus a per-tenant
 * uniform jitter of ± {@code tzSpreadHours}/2 (hash of seed and tenant). Parameters:
 * {@code amplitude} a ∈ [0, 1] (default 0.6), {@code peakHour} local hour of the peak (default 14),
 * {@code tzSpreadHours} (default 0).
 */
public final class DiurnalGenerator implements WorkloadGenerator {
    public static final String NAME = "diurnal";
    /** Its line in {@code tenantsim list generators}. */
    public static final String DESCRIPTION =
            "Poisson arrivals whose rate follows a day curve (peak mid-day in the tenant's zone)";
    private static final int DAY = TenantContext.DAY;
    private static final double[] COS = new double[DAY];

    static {
        for (int i = 0; i < DAY; i++) {
            COS[i] = Math.cos(2 * Math.PI * i / DAY);
        }
    }

    private final double amplitude;
    private final int peakMinute;
    private final double spreadMinutes;

    public DiurnalGenerator(GeneratorParams p) {
        p.allowOnly("amplitude", "peakHour", "tzSpreadHours");
        this.amplitude = p.fraction("amplitude", 0.6);
        this.peakMinute = (int) Math.round(p.inRange("peakHour", 14, 0, 24) * 60);
        this.spreadMinutes = p.inRange("tzSpreadHours", 0, 0, 24.0001) * 60;
    }

    @Override
    public void contribute(TenantContext context, SignatureBuilder signature) {
        int jitter = (int) Math.round((CounterHash.unit(CounterHash.mix(context.key(NAME))) - 0.5) * spreadMinutes);
        int shift = Math.floorMod(context.localMinuteOfWeekAtStart() + jitter - peakMinute, DAY);
        signature.multiply(new Modifier(amplitude, shift));
    }

    private record Modifier(double amplitude, int shift) implements RateModifier {
        @Override
        public void apply(int fromMinute, double[] out, int offset, int length) {
            int j = Math.floorMod(shift + fromMinute, DAY);
            double a = amplitude;
            for (int k = 0; k < length; k++) {
                out[offset + k] *= 1 + a * COS[j];
                if (++j == DAY) {
                    j = 0;
                }
            }
        }

        @Override
        public double factor(int minute) {
            return 1 + amplitude * COS[Math.floorMod(shift + minute, DAY)];
        }
    }
}
