package dev.tenantsim.scenario.runner.model;

import dev.tenantsim.scenario.model.WorkDist;
import dev.tenantsim.workload.RequestWork;
import dev.tenantsim.workload.WorkDistribution;
import java.util.List;

/**
 * The work of one API request ({@code request:} in a scenario) as a workload {@link RequestWork}.
 * Absent DB parts are zero; requests hold their DB connection only while their query runs (no
 * extra hold time: the scenario format has none). A Pareto-distributed work is run as a lognormal
 * with the same mean and cv (the engines have no Pareto work), and the caller is told.
 */
public final class WorkModels {
    private WorkModels() {
    }

    public static RequestWork of(dev.tenantsim.scenario.model.RequestWorkSpec w, List<String> notes) {
        return new RequestWork(dist(w.appCpu(), "request.appCpu", notes), dist(w.dbCpu(), "request.dbCpu", notes),
                dist(w.dbIo(), "request.dbIo", notes), WorkDistribution.constant(0));
    }

    static WorkDistribution dist(WorkDist d, String path, List<String> notes) {
        if (d == null) {
            return WorkDistribution.constant(0);
        }
        if (d.cv() == 0 || "constant".equals(d.dist())) {
            return WorkDistribution.constant(d.mean());
        }
        if ("pareto".equals(d.dist())) {
            notes.add(path + ": the pareto distribution was run as a lognormal with the same mean and cv.");
            return WorkDistribution.lognormal(d.mean(), d.cv());
        }
        WorkDistribution.Shape shape = WorkDistribution.Shape.of(d.dist());
        return new WorkDistribution(shape, d.mean(), d.cv());
    }
}
