package dev.tenantsim.placement;

import dev.tenantsim.workload.RequestWork;
import dev.tenantsim.workload.Signature;
import dev.tenantsim.workload.TenantProfile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds placement demands from the workload module: each tenant's signature is streamed over a
 * horizon and turned into resource demand per minute,
 * <ul>
 *   <li>CPU (cores) = rate × (app CPU + DB CPU seconds per request),</li>
 *   <li>IO (ops/s) = rate × IO operations per request,</li>
 *   <li>connections = rate × (DB CPU + IO ops × {@code ioOpSeconds} + hold), Little's law at zero load,</li>
 *   <li>storage (GB) = the profile's data bytes / 10⁹;</li>
 * </ul>
 * the series keeps, per point of {@code minutesPerPoint} minutes, the <em>largest</em> minute (so a
 * cell's summed series bounds its true peak from above), the peak is the series' maximum and the
 * mean the mean over all minutes. Revenue is converted to micro-dollars exactly.
 */
public final class TenantDemands {
    private TenantDemands() {
    }

    public static List<TenantDemand> fromSignatures(List<TenantProfile> profiles, List<? extends Signature> signatures,
                                                    int horizonMinutes, int minutesPerPoint, double ioOpSeconds) {
        if (profiles.size() != signatures.size()) {
            throw new IllegalArgumentException("signatures (" + signatures.size() + ") must match profiles ("
                    + profiles.size() + ")");
        }
        if (horizonMinutes < 1 || minutesPerPoint < 1 || horizonMinutes % minutesPerPoint != 0) {
            throw new IllegalArgumentException("horizonMinutes (" + horizonMinutes + ") must be a positive multiple of "
                    + "minutesPerPoint (" + minutesPerPoint + ")");
        }
        if (!(ioOpSeconds >= 0) || Double.isInfinite(ioOpSeconds)) {
            throw new IllegalArgumentException("ioOpSeconds (" + ioOpSeconds + ") must be a finite number >= 0");
        }
        int points = horizonMinutes / minutesPerPoint;
        double[] rates = new double[minutesPerPoint];
        List<TenantDemand> out = new ArrayList<>(profiles.size());
        for (int t = 0; t < profiles.size(); t++) {
            TenantProfile p = profiles.get(t);
            Signature s = signatures.get(t);
            RequestWork w = s.work();
            double cpuPerReq = w.appCpuSeconds().mean() + w.dbCpuSeconds().mean();
            double ioPerReq = w.dbIoOps().mean();
            double connPerReq = w.dbCpuSeconds().mean() + ioPerReq * ioOpSeconds + w.connectionHoldSeconds().mean();
            double[] cpu = new double[points];
            double[] io = new double[points];
            double[] conn = new double[points];
            double sum = 0;
            for (int k = 0; k < points; k++) {
                s.fillRates(k * minutesPerPoint, rates, 0, minutesPerPoint);
                double max = 0;
                for (double r : rates) {
                    sum += r;
                    max = Math.max(max, r);
                }
                cpu[k] = max * cpuPerReq;
                io[k] = max * ioPerReq;
                conn[k] = max * connPerReq;
            }
            double meanRate = sum / horizonMinutes;
            DemandSeries series = DemandSeries.of(minutesPerPoint, cpu, io, conn);
            double storage = p.dataBytes() / 1e9;
            ResourceVector mean = new ResourceVector(meanRate * cpuPerReq, meanRate * ioPerReq, meanRate * connPerReq, storage);
            ResourceVector peak = new ResourceVector(Math.max(series.max(0), mean.cpu()), Math.max(series.max(1), mean.io()),
                    Math.max(series.max(2), mean.connections()), storage);
            long revenue = micros(p.monthlyRevenue());
            out.add(new TenantDemand(p.id(), t, p.tier(), p.region(), p.residency().allowedRegions(), mean, peak, series,
                    revenue));
        }
        return out;
    }

    /** Micro-dollars of an exact amount of dollars (half-even rounding below a micro-dollar). */
    static long micros(BigDecimal dollars) {
        return dollars.movePointRight(6).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }
}
