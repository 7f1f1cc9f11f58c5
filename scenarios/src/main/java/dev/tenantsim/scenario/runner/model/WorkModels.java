package dev.tenantsim.scenario.runner.model;

import dev.tenantsim.scenario.model.WorkDist;
import dev.tenantsim.workload.RequestWork;
import dev.tenantsim.workload.WorkDistribution;

/**
 * The work of one API request ({@code request:} in a scenario) as a workload {@link RequestWork}.
 * Absent DB parts are zero; requests hold their DB connection only while their query runs (no
 * extra hold time: the scenario format has none). Each {@code dist} is the
 * {@link WorkDistribution.Shape} of that name, simulated as itself on both passes.
 */
public final class WorkModels {
    private WorkModels() {
    }

    public static RequestWork of(dev.tenantsim.scenario.model.RequestWorkSpec w) {
        return new RequestWork(dist(w.appCpu()), dist(w.dbCpu()), dist(w.dbIo()));
    }

    static WorkDistribution dist(WorkDist d) {
        if (d == null) {
            return WorkDistribution.ZERO;
        }
        if (d.cv() == 0 || "constant".equals(d.dist())) {
            return WorkDistribution.constant(d.mean());
        }
        WorkDistribution.Shape shape = WorkDistribution.Shape.of(d.dist());
        return new WorkDistribution(shape, d.mean(), d.cv());
    }
}
