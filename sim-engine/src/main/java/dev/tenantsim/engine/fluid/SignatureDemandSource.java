package dev.tenantsim.engine.fluid;

import dev.tenantsim.workload.Signature;
import java.util.List;

/**
 * Demand from the workload module's signatures, tenant {@code t} being {@code signatures.get(t)}:
 * the fluid pass streams each signature's batch {@link Signature#fillRates(int, double[], int, int)}.
 */
public final class SignatureDemandSource implements DemandSource {
    private final Signature[] signatures;

    public SignatureDemandSource(List<? extends Signature> signatures) {
        if (signatures == null || signatures.isEmpty()) {
            throw new IllegalArgumentException("signatures (empty) must hold one signature per tenant");
        }
        this.signatures = signatures.toArray(new Signature[0]);
        for (int t = 0; t < this.signatures.length; t++) {
            if (this.signatures[t] == null) {
                throw new IllegalArgumentException("signatures[" + t + "] (null) must be a signature");
            }
        }
    }

    @Override
    public void fillRates(int tenant, int fromMinute, double[] out, int offset, int len) {
        signatures[tenant].fillRates(fromMinute, out, offset, len);
    }

    /** The fluid work of a workload request signature: each part's mean and cv² (arrivals Poisson within a minute). */
    public static WorkMoments workOf(dev.tenantsim.workload.RequestWork w) {
        return new WorkMoments(part(w.appCpuSeconds()), part(w.dbCpuSeconds()), part(w.dbIoOps()),
                part(w.connectionHoldSeconds()), 1.0, heavy(w.appCpuSeconds()) || heavy(w.dbCpuSeconds()));
    }

    private static boolean heavy(dev.tenantsim.workload.WorkDistribution d) {
        var shape = d.shape();
        return d.cv() > 0 && (shape == dev.tenantsim.workload.WorkDistribution.Shape.LOGNORMAL
                || shape == dev.tenantsim.workload.WorkDistribution.Shape.PARETO);
    }

    /** The fluid SLO of a workload SLO (the availability target is judged after the run, not per minute). */
    public static SloTarget sloOf(dev.tenantsim.workload.Slo slo) {
        return new SloTarget(slo.p99Seconds(), slo.errorBudget());
    }

    private static WorkMoments.Part part(dev.tenantsim.workload.WorkDistribution d) {
        double m = d.mean();
        return new WorkMoments.Part(m, m > 0 ? d.variance() / (m * m) : 0.0);
    }
}
