package dev.tenantsim.engine.platform;

import dev.tenantsim.workload.RequestWork;
import dev.tenantsim.workload.WorkDistribution;
import java.util.List;

/** Small building blocks for the platform tests: stacks, tenants and work signatures. */
final class Fixtures {
    private Fixtures() {
    }

    static StackSpec stack(String name, int appCores, int maxConcurrent, int connections, int dbCores, double iops,
                           int ioChannels, int workers, String discipline) {
        return new StackSpec(name, new StackSpec.AppTier(appCores, maxConcurrent),
                new StackSpec.Database(connections, dbCores, iops, ioChannels),
                new StackSpec.WorkerPool(workers, discipline));
    }

    /** API work: app CPU and DB CPU lognormal (seconds), IO ops exponential. */
    static RequestWork work(double appCpu, double appCv, double dbCpu, double dbCv, double ioOps) {
        return new RequestWork(WorkDistribution.lognormal(appCpu, appCv), WorkDistribution.lognormal(dbCpu, dbCv),
                ioOps > 0 ? WorkDistribution.exponential(ioOps) : WorkDistribution.ZERO);
    }

    static RequestWork noWork() {
        return new RequestWork(WorkDistribution.ZERO, WorkDistribution.ZERO, WorkDistribution.ZERO);
    }

    static TenantLoad tenant(String id, int tier, double rate, RequestWork work) {
        return TenantLoad.of(id, tier, 1_000_000L, RateProfile.constant(rate), work);
    }

    static int[] tiers(List<TenantLoad> tenants) {
        return PlatformScenario.tiersOf(tenants);
    }
}
