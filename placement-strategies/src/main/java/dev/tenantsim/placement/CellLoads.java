package dev.tenantsim.placement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The planned load of every cell while a strategy (or the rebalancer) places tenants, and the one
 * place where constraints are checked, so every strategy checks them the same way.
 *
 * <p>Loads are kept for all three bases: sums of means, sums of peaks and, when the basis is
 * {@link LoadBasis#SERIES_PEAK}, the summed series of each cell with its running peak.
 */
public final class CellLoads {
    /** Relative slack on the headroom comparison, so exact fits are not lost to rounding. */
    private static final double EPS = 1e-9;
    private static final int SERIES_RESOURCES = 3;

    private final PlacementProblem problem;
    private final LoadBasis basis;
    private final int seriesLength;
    private final double[][] meanSum;
    private final double[][] peakSum;
    private final double[][][] series;
    private final int[] count;
    private final int[] cellOf;

    public CellLoads(PlacementProblem problem, LoadBasis basis) {
        this.problem = problem;
        this.basis = basis;
        int cells = problem.cells().size();
        this.seriesLength = basis == LoadBasis.SERIES_PEAK ? Math.max(1, problem.seriesLength()) : 0;
        this.meanSum = new double[cells][ResourceVector.COUNT];
        this.peakSum = new double[cells][ResourceVector.COUNT];
        this.series = new double[cells][][];
        this.count = new int[cells];
        this.cellOf = new int[problem.tenants().size()];
        Arrays.fill(cellOf, -1);
    }

    /** The loads of an existing assignment, on the given basis. */
    public static CellLoads of(PlacementProblem problem, int[] cellOfTenant, LoadBasis basis) {
        CellLoads loads = new CellLoads(problem, basis);
        for (int t = 0; t < cellOfTenant.length; t++) {
            if (cellOfTenant[t] >= 0) {
                loads.add(problem.tenants().get(t), cellOfTenant[t]);
            }
        }
        return loads;
    }

    public PlacementProblem problem() {
        return problem;
    }

    public LoadBasis basis() {
        return basis;
    }

    public int cellCount() {
        return count.length;
    }

    /** Tenants on cell {@code c}. */
    public int count(int c) {
        return count[c];
    }

    /** Cell of tenant {@code t}, or -1. */
    public int cellOf(int t) {
        return cellOf[t];
    }

    /** A copy of the tenant → cell array. */
    public int[] assignment() {
        return cellOf.clone();
    }

    /** Demand of {@code t} on resource {@code r} at series point {@code i} (flat at its peak without a series). */
    public static double seriesValue(TenantDemand t, int r, int i) {
        return t.series() == null ? t.peak().get(r) : t.series().get(r, i);
    }

    /** Planned load of cell {@code c} on resource {@code r} under this basis. */
    public double load(int c, int r) {
        return loadWith(c, r, null);
    }

    /** Planned load of cell {@code c} on {@code r} if {@code t} (may be null) were added. */
    public double loadWith(int c, int r, TenantDemand t) {
        switch (basis) {
            case MEAN:
                return meanSum[c][r] + (t == null ? 0 : t.mean().get(r));
            case PEAK:
                return peakSum[c][r] + (t == null ? 0 : t.peak().get(r));
            default:
                if (r == ResourceVector.STORAGE) {
                    return meanSum[c][r] + (t == null ? 0 : t.mean().get(r));
                }
                double[] s = series[c] == null ? null : series[c][r];
                double max = 0;
                for (int i = 0; i < seriesLength; i++) {
                    double v = (s == null ? 0 : s[i]) + (t == null ? 0 : seriesValue(t, r, i));
                    if (v > max) {
                        max = v;
                    }
                }
                return max;
        }
    }

    /** Highest planned utilization (load / capacity) of cell {@code c} over the resources, with {@code t} added. */
    public double peakUtilizationWith(int c, TenantDemand t) {
        CellSpec cell = problem.cells().get(c);
        double u = 0;
        for (int r = 0; r < ResourceVector.COUNT; r++) {
            u = Math.max(u, loadWith(c, r, t) / cell.capacity().get(r));
        }
        return u;
    }

    /** Highest planned utilization of cell {@code c}. */
    public double peakUtilization(int c) {
        return peakUtilizationWith(c, null);
    }

    /** Sum of means of cell {@code c} on resource {@code r} (basis-independent). */
    public double meanLoad(int c, int r) {
        return meanSum[c][r];
    }

    /** Sum of peaks of cell {@code c} on resource {@code r} (basis-independent). */
    public double peakSumLoad(int c, int r) {
        return peakSum[c][r];
    }

    /** The constraint that keeps {@code t} off cell {@code c} now, or null if it can go there. */
    public Constraint blocking(TenantDemand t, int c) {
        CellSpec cell = problem.cells().get(c);
        if (!t.allowsRegion(cell.region())) {
            return Constraint.RESIDENCY;
        }
        if (!problem.tierRules().allows(t.tier(), cell.kind())) {
            return Constraint.TIER;
        }
        if (count[c] + (cellOf[t.index()] == c ? 0 : 1) > cell.maxTenants()) {
            return Constraint.MAX_TENANTS;
        }
        if (cellOf[t.index()] == c) {
            return null;
        }
        for (int r = 0; r < ResourceVector.COUNT; r++) {
            double usable = cell.usable(r);
            if (loadWith(c, r, t) > usable * (1 + EPS) + EPS) {
                return Constraint.HEADROOM;
            }
        }
        return null;
    }

    /** Whether {@code t} can be added to {@code c} now. */
    public boolean fits(TenantDemand t, int c) {
        return blocking(t, c) == null;
    }

    /** Whether cell {@code c} currently respects its headroom target and tenant limit. */
    public boolean withinLimits(int c) {
        CellSpec cell = problem.cells().get(c);
        if (count[c] > cell.maxTenants()) {
            return false;
        }
        for (int r = 0; r < ResourceVector.COUNT; r++) {
            if (load(c, r) > cell.usable(r) * (1 + EPS) + EPS) {
                return false;
            }
        }
        return true;
    }

    /** Records {@code t} on {@code c} (no check: call {@link #fits} first). */
    public void add(TenantDemand t, int c) {
        if (cellOf[t.index()] >= 0) {
            throw new IllegalStateException("tenant " + t.id() + " is already on cell " + cellOf[t.index()]);
        }
        apply(t, c, 1.0);
        cellOf[t.index()] = c;
        count[c]++;
    }

    /** Takes {@code t} off its cell. */
    public void remove(TenantDemand t) {
        int c = cellOf[t.index()];
        if (c < 0) {
            throw new IllegalStateException("tenant " + t.id() + " is on no cell");
        }
        apply(t, c, -1.0);
        cellOf[t.index()] = -1;
        count[c]--;
    }

    private void apply(TenantDemand t, int c, double sign) {
        for (int r = 0; r < ResourceVector.COUNT; r++) {
            meanSum[c][r] += sign * t.mean().get(r);
            peakSum[c][r] += sign * t.peak().get(r);
        }
        if (seriesLength > 0) {
            if (series[c] == null) {
                series[c] = new double[SERIES_RESOURCES][seriesLength];
            }
            for (int r = 0; r < SERIES_RESOURCES; r++) {
                double[] s = series[c][r];
                for (int i = 0; i < seriesLength; i++) {
                    s[i] += sign * seriesValue(t, r, i);
                }
            }
        }
    }

    /**
     * Why {@code t} fits on no cell, checked in the order residency, tier, size against an empty
     * eligible cell, then tenant limits and headroom of the cells as they are now.
     */
    public Rejection explain(TenantDemand t) {
        List<CellSpec> cells = problem.cells();
        List<CellSpec> inRegion = new ArrayList<>();
        Set<String> cellRegions = new TreeSet<>();
        for (CellSpec c : cells) {
            cellRegions.add(c.region());
            if (t.allowsRegion(c.region())) {
                inRegion.add(c);
            }
        }
        if (inRegion.isEmpty()) {
            return new Rejection(t.id(), t.index(), Constraint.RESIDENCY, "allowed regions "
                    + new TreeSet<>(t.allowedRegions()) + " match no cell (cells are in " + cellRegions + ")");
        }
        List<CellSpec> eligible = new ArrayList<>();
        for (CellSpec c : inRegion) {
            if (problem.tierRules().allows(t.tier(), c.kind())) {
                eligible.add(c);
            }
        }
        if (eligible.isEmpty()) {
            return new Rejection(t.id(), t.index(), Constraint.TIER, "tier " + t.tier() + " needs a cell of kind "
                    + new TreeSet<>(problem.tierRules().kindsFor(t.tier())) + " in an allowed region, and none exists");
        }
        // too big for any eligible cell even when empty?
        String tooBig = null;
        boolean fitsSomeEmpty = false;
        for (CellSpec c : eligible) {
            String over = overEmpty(t, c);
            if (over == null) {
                fitsSomeEmpty = true;
                break;
            }
            if (tooBig == null) {
                tooBig = over;
            }
        }
        if (!fitsSomeEmpty) {
            return new Rejection(t.id(), t.index(), Constraint.HEADROOM,
                    "its demand exceeds the usable capacity of every eligible cell, even empty (" + tooBig + ")");
        }
        int full = 0;
        for (CellSpec c : eligible) {
            if (count[c.index()] >= c.maxTenants()) {
                full++;
            }
        }
        if (full == eligible.size()) {
            return new Rejection(t.id(), t.index(), Constraint.MAX_TENANTS, "all " + full
                    + " eligible cells already hold their maximum number of tenants");
        }
        return new Rejection(t.id(), t.index(), Constraint.HEADROOM, "no eligible cell has " + basis.name().toLowerCase(Locale.ROOT)
                + " headroom left for it (" + eligible.size() + " eligible, " + full + " at their tenant limit)");
    }

    /** First resource on which {@code t} alone would exceed the usable capacity of {@code c}, as text; null if none. */
    private String overEmpty(TenantDemand t, CellSpec c) {
        for (int r = 0; r < ResourceVector.COUNT; r++) {
            double alone = switch (basis) {
                case MEAN -> t.mean().get(r);
                case PEAK -> t.peak().get(r);
                case SERIES_PEAK -> r == ResourceVector.STORAGE ? t.mean().get(r)
                        : (t.series() == null ? t.peak().get(r) : t.series().max(r));
            };
            if (alone > c.usable(r) * (1 + EPS) + EPS) {
                return String.format(Locale.ROOT, "%s %.4g > %.4g usable on cell %s = %.4g x (1 - %.2f headroom)",
                        ResourceVector.NAMES[r], alone, c.usable(r), c.id(), c.capacity().get(r), c.headroom().get(r));
            }
        }
        return null;
    }

    /**
     * Size of a tenant for decreasing orders: its largest demand share on {@code basis}
     * (SERIES_PEAK sorts by peak), relative to the largest cell capacity of each resource.
     */
    public static double size(TenantDemand t, LoadBasis basis, PlacementProblem problem) {
        double s = 0;
        for (int r = 0; r < ResourceVector.COUNT; r++) {
            double ref = 0;
            for (CellSpec c : problem.cells()) {
                ref = Math.max(ref, c.capacity().get(r));
            }
            double d = basis == LoadBasis.MEAN ? t.mean().get(r) : t.peak().get(r);
            s = Math.max(s, d / ref);
        }
        return s;
    }

    /** Tenant indices by decreasing {@link #size}, ties by index. */
    public static int[] decreasingOrder(PlacementProblem problem, LoadBasis basis) {
        int n = problem.tenants().size();
        double[] size = new double[n];
        Integer[] order = new Integer[n];
        for (int t = 0; t < n; t++) {
            size[t] = size(problem.tenants().get(t), basis, problem);
            order[t] = t;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(size[b], size[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = order[i];
        }
        return out;
    }

    /** The assignment these loads describe, rejecting {@code rejected} (in that order). */
    public Assignment toAssignment(String strategy, List<Rejection> rejected) {
        return new Assignment(strategy, basis, cellOf, rejected);
    }
}
