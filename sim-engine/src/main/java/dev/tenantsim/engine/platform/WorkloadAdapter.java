package dev.tenantsim.engine.platform;

import dev.tenantsim.workload.Population;
import dev.tenantsim.workload.ScheduledJob;
import dev.tenantsim.workload.Signature;
import dev.tenantsim.workload.Slo;
import dev.tenantsim.workload.TenantProfile;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the workload module's tenants and signatures into the platform's inputs, for a window of
 * the horizon (minutes [fromMinute, fromMinute + minutes) of the signatures become the run's
 * minutes 0..minutes-1).
 *
 * <p>Mapping, and where it simplifies:
 * <ul>
 *   <li>tier index = position of the tenant's tier in {@link Population#tiers()}; revenue = the
 *       monthly revenue in micro-dollars (half-even);</li>
 *   <li>rate = the signature's per-minute rates, arrivals Poisson within a minute (the
 *       signature's {@code arrivalMode} is not consulted);</li>
 *   <li>work = the signature's work distributions; a gamma distribution becomes a lognormal of
 *       the same mean and cv (the platform samples constant, exponential and lognormal);</li>
 *   <li>each scheduled job becomes one export job opening {@code connections} connections, each
 *       running a query of {@code durationSeconds} of DB CPU (uncontended) and no IO;</li>
 *   <li>SLO = the tenant's override or its tier's p99 objective and error budget.</li>
 * </ul>
 */
public final class WorkloadAdapter {
    private WorkloadAdapter() {
    }

    /** One {@link TenantLoad} per tenant, by dense index. */
    public static List<TenantLoad> tenants(Population population, Signature[] signatures, int fromMinute, int minutes) {
        if (signatures.length != population.size()) {
            throw new IllegalArgumentException("signatures (" + signatures.length + ") must be one per tenant ("
                    + population.size() + ")");
        }
        if (fromMinute < 0 || minutes < 1) {
            throw new IllegalArgumentException("window (from minute " + fromMinute + ", " + minutes
                    + " minutes) must start at >= 0 and last >= 1 minute");
        }
        int[] tiers = tiers(population);
        List<TenantLoad> out = new ArrayList<>(population.size());
        double windowStart = fromMinute * 60.0;
        for (int i = 0; i < population.size(); i++) {
            TenantProfile p = population.get(i);
            Signature s = signatures[i];
            double[] rates = new double[minutes];
            s.fillRates(fromMinute, rates);
            List<JobBatch> jobs = new ArrayList<>();
            for (ScheduledJob j : s.jobs(fromMinute, fromMinute + minutes)) {
                double start = Math.max(0, j.startSecond() - windowStart);
                jobs.add(JobBatch.export(start, j.connections(), j.durationSeconds(), 0));
            }
            long revenue = p.monthlyRevenue().movePointRight(6).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
            out.add(new TenantLoad(p.id(), tiers[i], revenue, new RateProfile(rates), work(s.work()), jobs, 0, 0));
        }
        return out;
    }

    /** Dense tier index of each tenant: the position of its tier in the population's tier list. */
    public static int[] tiers(Population population) {
        int[] tiers = new int[population.size()];
        for (int i = 0; i < tiers.length; i++) {
            tiers[i] = population.tiers().indexOf(population.tierOf(population.get(i)));
        }
        return tiers;
    }

    /** Each tenant's SLO: its override, or its tier's. */
    public static SloPolicy slos(Population population) {
        int n = population.size();
        double[] p99 = new double[n];
        double[] budget = new double[n];
        for (int i = 0; i < n; i++) {
            TenantProfile p = population.get(i);
            Slo slo = p.slo(population.tierOf(p));
            p99[i] = slo.p99Seconds();
            budget[i] = slo.errorBudget();
        }
        return new SloPolicy(p99, budget, SloPolicy.DEFAULT_MIN_REQUESTS);
    }

    static RequestWork work(dev.tenantsim.workload.RequestWork w) {
        return new RequestWork(distribution(w.appCpuSeconds()), distribution(w.dbCpuSeconds()), distribution(w.dbIoOps()),
                distribution(w.connectionHoldSeconds()));
    }

    static WorkDistribution distribution(dev.tenantsim.workload.WorkDistribution d) {
        return switch (d.shape()) {
            case CONSTANT -> WorkDistribution.constant(d.mean());
            case EXPONENTIAL -> WorkDistribution.exponential(d.mean());
            case LOGNORMAL, GAMMA -> WorkDistribution.lognormal(d.mean(), d.cv());
        };
    }
}
