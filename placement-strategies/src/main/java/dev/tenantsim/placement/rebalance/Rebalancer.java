package dev.tenantsim.placement.rebalance;

import dev.tenantsim.placement.CellLoads;
import dev.tenantsim.placement.PlacementProblem;
import dev.tenantsim.placement.ResourceVector;
import dev.tenantsim.placement.TenantDemand;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Proposes at most K moves that most reduce the worst cell's peak utilization.
 *
 * <p>Greedy, one move at a time: take the cell with the highest peak utilization (on the options'
 * basis, by default the peak of its summed series under the latest demand); try every tenant on it
 * against every other cell that accepts it under every constraint (residency, tier, tenant limit
 * and headroom target of the target cell); keep the move after which the highest peak over all
 * cells is lowest (ties: lower risk, less data, lower tenant index, lower cell index). Stop after K
 * moves or when no move lowers the worst peak. Each move only takes load off the worst cell and
 * puts it where it fits, so no move breaks a constraint that held before.
 */
public final class Rebalancer {
    private static final double MIN_GAIN = 1e-9;
    private final RebalanceOptions options;

    public Rebalancer(RebalanceOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options (null) must be given");
        }
        this.options = options;
    }

    /**
     * A plan for {@code current} (tenant → cell, -1 for unplaced tenants, which are left alone)
     * under the demand in {@code problem}.
     */
    public MigrationPlan propose(PlacementProblem problem, int[] current) {
        int n = problem.tenants().size();
        if (current == null || current.length != n) {
            throw new IllegalArgumentException("current assignment length (" + (current == null ? null : current.length)
                    + ") must equal the number of tenants (" + n + ")");
        }
        int cells = problem.cells().size();
        for (int t = 0; t < n; t++) {
            if (current[t] < -1 || current[t] >= cells) {
                throw new IllegalArgumentException("current[" + t + "] (" + current[t] + ") must be -1 or a cell index in [0, "
                        + cells + ")");
            }
        }
        CellLoads loads = CellLoads.of(problem, current, options.basis());
        double maxRevenue = 1;
        double maxStorage = 1e-12;
        for (TenantDemand t : problem.tenants()) {
            maxRevenue = Math.max(maxRevenue, t.monthlyRevenueMicros());
            maxStorage = Math.max(maxStorage, t.mean().storageGb());
        }
        double[] peak = new double[cells];
        for (int c = 0; c < cells; c++) {
            peak[c] = loads.peakUtilization(c);
        }
        double before = max(peak, -1, -1);
        List<Move> moves = new ArrayList<>();
        while (moves.size() < options.maxMoves()) {
            int worst = argmax(peak);
            double worstNow = peak[worst];
            Candidate best = null;
            for (int t = 0; t < n; t++) {
                if (loads.cellOf(t) != worst) {
                    continue;
                }
                TenantDemand tenant = problem.tenants().get(t);
                loads.remove(tenant);
                double sourceAfter = loads.peakUtilization(worst);
                double risk = risk(tenant, maxRevenue, maxStorage);
                for (int c = 0; c < cells; c++) {
                    if (c == worst || !loads.fits(tenant, c)) {
                        continue;
                    }
                    double targetAfter = loads.peakUtilizationWith(c, tenant);
                    double after = Math.max(Math.max(sourceAfter, targetAfter), max(peak, worst, c));
                    Candidate cand = new Candidate(t, c, after, sourceAfter, targetAfter, risk, tenant.mean().storageGb());
                    if (worstNow - after > MIN_GAIN && cand.betterThan(best)) {
                        best = cand;
                    }
                }
                loads.add(tenant, worst);
            }
            if (best == null) {
                break;
            }
            TenantDemand tenant = problem.tenants().get(best.tenant);
            loads.remove(tenant);
            loads.add(tenant, best.cell);
            peak[worst] = best.sourceAfter;
            peak[best.cell] = best.targetAfter;
            double gb = tenant.mean().storageGb();
            moves.add(new Move(moves.size() + 1, tenant.id(), tenant.index(), tenant.tier(),
                    problem.cells().get(worst).id(), problem.cells().get(best.cell).id(), worstNow, best.after, gb,
                    gb / options.copyRateGbPerHour(), best.risk, tenant.monthlyRevenueMicros()));
        }
        return new MigrationPlan(moves, options.basis().name().toLowerCase(Locale.ROOT), before, max(peak, -1, -1),
                options.copyRateGbPerHour(), loads.assignment());
    }

    /** Risk in [0, 1]: half the tier weight, a quarter the revenue share, a quarter the size share. */
    private double risk(TenantDemand t, double maxRevenue, double maxStorage) {
        return 0.5 * options.riskOfTier(t.tier()) + 0.25 * t.monthlyRevenueMicros() / maxRevenue
                + 0.25 * t.mean().get(ResourceVector.STORAGE) / maxStorage;
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    private static double max(double[] v, int skipA, int skipB) {
        double m = 0;
        for (int i = 0; i < v.length; i++) {
            if (i != skipA && i != skipB && v[i] > m) {
                m = v[i];
            }
        }
        return m;
    }

    private record Candidate(int tenant, int cell, double after, double sourceAfter, double targetAfter, double risk,
                             double dataGb) {
        boolean betterThan(Candidate o) {
            if (o == null) {
                return true;
            }
            if (after != o.after) {
                return after < o.after;
            }
            if (risk != o.risk) {
                return risk < o.risk;
            }
            if (dataGb != o.dataGb) {
                return dataGb < o.dataGb;
            }
            if (tenant != o.tenant) {
                return tenant < o.tenant;
            }
            return cell < o.cell;
        }
    }
}
