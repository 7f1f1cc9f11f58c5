package dev.tenantsim.placement.evaluation;

import dev.tenantsim.engine.fluid.DemandSource;
import dev.tenantsim.engine.fluid.FluidModel;
import dev.tenantsim.engine.fluid.FluidOptions;
import dev.tenantsim.engine.fluid.FluidPass;
import dev.tenantsim.engine.fluid.FluidResource;
import dev.tenantsim.engine.fluid.FluidResult;
import dev.tenantsim.engine.fluid.WorkMoments;
import dev.tenantsim.engine.fluid.SloTarget;
import dev.tenantsim.engine.fluid.StackCapacity;
import dev.tenantsim.engine.fluid.StackFluidResult;
import dev.tenantsim.engine.fluid.TenantLimits;
import dev.tenantsim.placement.Assignment;
import dev.tenantsim.placement.CellSpec;
import dev.tenantsim.placement.PlacementProblem;
import dev.tenantsim.placement.ResourceVector;
import dev.tenantsim.placement.TenantDemand;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Evaluates an assignment with the fluid pass: each cell becomes a stack (CPU → app cores, IO →
 * IOPS, connections → pool size) and each placed tenant a stream of requests whose rate follows
 * its CPU series: {@code rate = cpu / requestCpuSeconds}, with IO operations and connection hold
 * per request derived from its means (Little's law: connections in use = rate × occupancy; the
 * occupancy beyond the IO time is the extra hold, which also adds to latency). A tenant is at SLO
 * risk when the fluid pass finds at least one violation minute; a cell is at risk when one of its
 * tenants is.
 */
public final class FluidPlacementEvaluator {
    private final double requestCpuSeconds;
    private final Function<String, SloTarget> sloOfTier;
    private final double serviceScv;
    private final double arrivalScv;
    private final int threads;

    /**
     * @param requestCpuSeconds CPU per request used to turn CPU demand into a request rate
     * @param sloOfTier SLO of each tier
     * @param serviceScv squared coefficient of variation of request work
     * @param arrivalScv squared coefficient of variation of arrivals
     * @param threads fluid-pass threads (0 = automatic)
     */
    public FluidPlacementEvaluator(double requestCpuSeconds, Function<String, SloTarget> sloOfTier,
                                   double serviceScv, double arrivalScv, int threads) {
        if (!(requestCpuSeconds > 0) || Double.isInfinite(requestCpuSeconds)) {
            throw new IllegalArgumentException("requestCpuSeconds (" + requestCpuSeconds + ") must be a finite number > 0");
        }
        this.requestCpuSeconds = requestCpuSeconds;
        this.sloOfTier = sloOfTier;
        this.serviceScv = serviceScv;
        this.arrivalScv = arrivalScv;
        WorkMoments.of(requestCpuSeconds, 0, 0, 0, serviceScv, arrivalScv); // validates the SCVs
        this.threads = threads;
    }

    public PlacementEvaluation evaluate(PlacementProblem problem, Assignment assignment) {
        List<TenantDemand> placed = new ArrayList<>();
        for (TenantDemand t : problem.tenants()) {
            if (assignment.cellOf(t.index()) >= 0) {
                placed.add(t);
            }
        }
        if (placed.isEmpty()) {
            throw new IllegalArgumentException("assignment (" + assignment.strategy() + ") places no tenant to evaluate");
        }
        List<StackCapacity> stacks = new ArrayList<>();
        for (CellSpec c : problem.cells()) {
            stacks.add(StackCapacity.of(Math.max(1, (int) Math.floor(c.capacity().cpu())),
                    Math.max(1, (int) Math.floor(c.capacity().cpu())), c.capacity().io(),
                    Math.max(1, (int) Math.floor(c.capacity().connections()))));
        }
        FluidModel.Builder b = FluidModel.builder(stacks, placed.size());
        double[][] rates = new double[placed.size()][];
        int minutesPerPoint = 60;
        for (int i = 0; i < placed.size(); i++) {
            TenantDemand t = placed.get(i);
            double meanRate = Math.max(t.mean().cpu() / requestCpuSeconds, 1e-9);
            double ioOps = t.mean().io() / meanRate;
            // Little: connections in use = rate x occupancy; the occupancy beyond the IO time is the extra hold
            double extraHold = Math.max(0, t.mean().connections() / meanRate - ioOps * StackCapacity.DEFAULT_IO_OP_SECONDS);
            WorkMoments w = WorkMoments.of(requestCpuSeconds, 0, ioOps, extraHold, serviceScv, arrivalScv);
            b.tenant(i, w, TenantLimits.UNLIMITED, sloOfTier.apply(t.tier()), assignment.cellOf(t.index()));
            if (t.series() != null) {
                minutesPerPoint = t.series().minutesPerPoint();
                rates[i] = new double[t.series().length()];
                for (int k = 0; k < rates[i].length; k++) {
                    rates[i][k] = t.series().get(ResourceVector.CPU, k) / requestCpuSeconds;
                }
            } else {
                rates[i] = new double[] {t.mean().cpu() / requestCpuSeconds};
            }
        }
        int points = Math.max(1, problem.seriesLength());
        int mpp = minutesPerPoint;
        DemandSource source = (tenant, from, out, off, len) -> {
            double[] r = rates[tenant];
            for (int k = 0; k < len; k++) {
                out[off + k] = r[((from + k) / mpp) % r.length];
            }
        };
        FluidResult result = FluidPass.run(b.build(), source,
                FluidOptions.defaults(points * minutesPerPoint).withThreads(threads));
        int[] riskyTenants = new int[problem.cells().size()];
        int[] count = new int[problem.cells().size()];
        double[][] meanSum = new double[problem.cells().size()][ResourceVector.COUNT];
        int atRisk = 0;
        for (int i = 0; i < placed.size(); i++) {
            TenantDemand t = placed.get(i);
            int c = assignment.cellOf(t.index());
            count[c]++;
            for (int r = 0; r < ResourceVector.COUNT; r++) {
                meanSum[c][r] += t.mean().get(r);
            }
            if (result.tenants().violationMinutes(i) > 0) {
                riskyTenants[c]++;
                atRisk++;
            }
        }
        List<CellEvaluation> cells = new ArrayList<>();
        int hottest = -1;
        double worst = 0;
        for (CellSpec cell : problem.cells()) {
            int c = cell.index();
            if (count[c] == 0) {
                continue;
            }
            StackFluidResult s = result.stacks().get(c);
            double[] peak = {s.peakUtilization(FluidResource.APP_CPU), s.peakUtilization(FluidResource.DB_IO),
                s.peakUtilization(FluidResource.DB_CONNECTIONS), meanSum[c][ResourceVector.STORAGE] / cell.capacity().storageGb()};
            double[] mean = {s.meanUtilization(FluidResource.APP_CPU), s.meanUtilization(FluidResource.DB_IO),
                s.meanUtilization(FluidResource.DB_CONNECTIONS), peak[ResourceVector.STORAGE]};
            double[] stranded = new double[ResourceVector.COUNT];
            for (int r = 0; r < ResourceVector.COUNT; r++) {
                stranded[r] = Math.max(0, cell.usable(r) - peak[r] * cell.capacity().get(r));
            }
            CellEvaluation e = new CellEvaluation(c, cell.id(), count[c], peak, mean, stranded, riskyTenants[c] > 0);
            cells.add(e);
            if (e.worstPeak() > worst || hottest < 0) {
                worst = e.worstPeak();
                hottest = c;
            }
        }
        return new PlacementEvaluation(assignment.strategy(), cells.size(), cells, hottest, worst, atRisk,
                assignment.rejections().size(), "fluid");
    }
}
