package dev.tenantsim.workload.calibrate;

import dev.tenantsim.workload.Signature;
import dev.tenantsim.workload.TenantProfile;
import dev.tenantsim.workload.generator.SignatureFactory;
import dev.tenantsim.workload.trace.ReplaySignature;
import dev.tenantsim.workload.trace.TraceWorkload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fits every tenant of a replayed trace over its first {@code fitDays} days (from the trace's
 * minute 0). Minutes outside a tenant's traced span count as missing, never as zero load. Local
 * time of a tenant is its metadata region's UTC offset ({@link SignatureFactory#DEFAULT_REGION_OFFSETS};
 * an unknown or missing region is UTC), as the scenario's generators will read it.
 */
public final class TraceCalibration {
    private static final int DAY = 1440;
    private static final int WEEK = 7 * DAY;
    /** 1970-01-01 (epoch day 0) was a Thursday: day 3 of a week that starts on Monday. */
    private static final int EPOCH_DAY_OF_WEEK = 3;

    private TraceCalibration() {
    }

    /**
     * @param trace   the replayed trace
     * @param fitDays days fitted from the trace's first minute
     * @param meta    metadata by tenant id (tenants not in it are fitted at UTC)
     * @return one fit per tenant, in the trace's tenant order
     * @throws CalibrationException naming the first tenant with too little data in the window
     */
    public static List<TenantFit> fit(TraceWorkload trace, int fitDays, Map<String, TenantMeta> meta) {
        if (fitDays < 2) {
            throw new CalibrationException("--fit-days (" + fitDays + ") must be at least 2");
        }
        int minutes = fitDays * DAY;
        Signature[] sigs = trace.signatures();
        List<TenantFit> out = new ArrayList<>();
        for (TenantProfile p : trace.population().tenants()) {
            double[] rates = window(sigs[p.index()], 0, minutes);
            TenantMeta m = meta.getOrDefault(p.id(), TenantMeta.none(p.id()));
            out.add(SignatureFitter.fit(p.id(), rates, localMinuteOfWeek(trace.originEpochSecond(), m.region())));
        }
        return out;
    }

    /** The local minute of week (0 = Monday 00:00) of the instant {@code epochSecond} in {@code region}. */
    public static int localMinuteOfWeek(long epochSecond, String region) {
        long minute = Math.floorDiv(epochSecond, 60) + (long) EPOCH_DAY_OF_WEEK * DAY;
        int offset = region == null ? 0 : SignatureFactory.DEFAULT_REGION_OFFSETS.getOrDefault(region, 0);
        return (int) Math.floorMod(minute + offset, (long) WEEK);
    }

    /** Rates of minutes {@code [from, from + length)}; {@code NaN} where the trace has no sample. */
    public static double[] window(Signature s, int from, int length) {
        double[] out = new double[length];
        s.fillRates(from, out);
        if (s instanceof ReplaySignature r) {
            for (int k = 0; k < length; k++) {
                int m = from + k;
                if (m < r.firstMinute() || m >= r.firstMinute() + r.tracedMinutes()) {
                    out[k] = Double.NaN;
                }
            }
        }
        return out;
    }

    /** Minutes from minute 0 to the end of the longest traced tenant. */
    public static int tracedMinutes(TraceWorkload trace) {
        int m = 0;
        for (Signature s : trace.signatures()) {
            if (s instanceof ReplaySignature r) {
                m = Math.max(m, r.firstMinute() + r.tracedMinutes());
            }
        }
        return m;
    }
}
