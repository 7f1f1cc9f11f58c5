package dev.tenantsim.scenario.runner.model;

import dev.tenantsim.cost.bom.CellSizing;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.model.Sizing;
import dev.tenantsim.scenario.model.Stack;
import dev.tenantsim.workload.RequestWork;
import dev.tenantsim.workload.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Right-sizing ({@code size: auto}): every stack with a {@link Sizing} rule gets, once its tenants
 * are placed, the size the rule asks for, from the peak over the minutes of the horizon (at most
 * {@link #MAX_MINUTES}) of the placed tenants' summed demand per minute, each resource at the
 * work's mean:
 * <ul>
 *   <li>app CPU (cores) = rate × app CPU seconds per request, in app nodes of {@code coresPerNode} cores;</li>
 *   <li>DB CPU (cores) = rate × DB CPU seconds, IOPS = rate × IO operations, connections = rate ×
 *       (DB CPU + IO × {@link StackModels#IOPS_PER_CHANNEL}⁻¹ + hold) (Little's law at zero load),
 *       each per shard (a tenant hashed to one: an even spread assumed), in whole units.</li>
 * </ul>
 * The count of each is {@link CellSizing#unitsFor} (the cost model's cell-sizing rule), at least
 * the count the stack writes. App caches and buffer pools are not credited: a stack is sized as if
 * every request reached the database (conservative). Each sized stack gets a note stating the
 * rule, the peaks, the size and the planned peak utilization.
 */
public final class StackSizings {
    /** Longest span of demand the sizing reads (one week, as the placement review). */
    public static final int MAX_MINUTES = 7 * 1440;
    /** Sized stacks named one by one in the notes; the rest are summarised. */
    static final int NOTED_STACKS = 12;

    private StackSizings() {
    }

    /** The peaks and the chosen size of one sized stack. */
    public record SizedStack(String name, Sizing rule, double appCpuPeak, double dbCpuPeak, double iopsPeak,
                             double connectionsPeak, Stack.App app, Stack.Db db) {
        /** Planned peak utilization of the app tier: app CPU peak / app cores. */
        public double appUtilization() {
            return appCpuPeak / app.cores();
        }

        public String note() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s sized by %s: app CPU peak %.2f cores -> %d x %d cores"
                    + " (planned peak utilization %.0f%%)", name, rule.describe(), appCpuPeak, app.nodes(), app.coresPerNode(),
                    100 * appUtilization()));
            if (db != null) {
                b.append(String.format(Locale.ROOT, "; DB per shard: CPU peak %.2f -> %d cores (%.0f%%), IOPS peak %.0f -> %d (%.0f%%),"
                                + " connections peak %.1f -> %d (%.0f%%)", dbCpuPeak, db.cores(), 100 * dbCpuPeak / db.cores(), iopsPeak,
                        db.iops(), 100 * iopsPeak / db.iops(), connectionsPeak, db.maxConnections(),
                        100 * connectionsPeak / db.maxConnections()));
            }
            return b.append('.').toString();
        }
    }

    /** The layout with every {@code size: auto} stack resized (the same layout when there is none). */
    public static StackLayout apply(StackLayout layout, Scenario s, TenantWorkload w) {
        List<PlacedStack> stacks = new ArrayList<>(layout.stacks());
        List<String> notes = new ArrayList<>(layout.notes());
        String discipline = s.controls().workers() == null ? null : s.controls().workers().discipline();
        int minutes = (int) Math.max(1, Math.min(MAX_MINUTES, Math.ceil(s.horizon().lengthSeconds() / 60)));
        int sized = 0;
        for (int i = 0; i < stacks.size(); i++) {
            PlacedStack ps = stacks.get(i);
            if (ps.stack().sizing() == null) {
                continue;
            }
            SizedStack r = size(ps.name(), ps.stack(), layout.tenantsOn(i), w, minutes);
            Stack resized = ps.stack().resized(r.app(), r.db());
            stacks.set(i, new PlacedStack(ps.name(), ps.kind(), ps.group(), resized,
                    StackModels.of(ps.name(), resized, discipline, StackModels.queryCost(s.request().queryCost()))));
            if (sized++ < NOTED_STACKS) {
                notes.add(r.note());
            }
        }
        if (sized == 0) {
            return layout;
        }
        if (sized > NOTED_STACKS) {
            notes.add((sized - NOTED_STACKS) + " more stacks were sized by the same rule (tenants.csv and stacks.csv give each one's"
                    + " tenants and utilization).");
        }
        return new StackLayout(stacks, layout.stackOf(), layout.strategy(), notes);
    }

    /** The size the stack's rule asks for, for the tenants (dense indices into {@code w}) placed on it. */
    public static SizedStack size(String name, Stack stack, List<Integer> tenants, TenantWorkload w, int minutes) {
        Sizing rule = stack.sizing();
        double[] app = new double[minutes];
        double[] dbCpu = new double[minutes];
        double[] io = new double[minutes];
        double[] conn = new double[minutes];
        double[] rates = new double[minutes];
        for (int t : tenants) {
            Signature sig = w.signature(t);
            RequestWork work = sig.work();
            double a = work.appCpuSeconds().mean();
            double d = work.dbCpuSeconds().mean();
            double o = work.dbIoOps().mean();
            double c = d + o / StackModels.IOPS_PER_CHANNEL + work.connectionHoldSeconds().mean();
            sig.fillRates(0, rates, 0, minutes);
            for (int m = 0; m < minutes; m++) {
                app[m] += rates[m] * a;
                dbCpu[m] += rates[m] * d;
                io[m] += rates[m] * o;
                conn[m] += rates[m] * c;
            }
        }
        Stack.App wrote = stack.app();
        double appPeak = CellSizing.aggregatePeak(List.of(app));
        int nodes = toInt(CellSizing.unitsFor(appPeak, wrote.coresPerNode(), rule.target(), rule.appCpuHeadroom(), wrote.nodes()), name);
        Stack.App sizedApp = new Stack.App(nodes, wrote.coresPerNode(), wrote.maxConcurrent());
        Stack.Db db = stack.db();
        if (db == null) {
            return new SizedStack(name, rule, appPeak, 0, 0, 0, sizedApp, null);
        }
        int shards = db.shards();
        double cpuPeak = CellSizing.aggregatePeak(List.of(dbCpu)) / shards;
        double ioPeak = CellSizing.aggregatePeak(List.of(io)) / shards;
        double connPeak = CellSizing.aggregatePeak(List.of(conn)) / shards;
        Stack.Db sizedDb = new Stack.Db(
                toInt(CellSizing.unitsFor(connPeak, 1, rule.target(), rule.connectionsHeadroom(), db.maxConnections()), name),
                toInt(CellSizing.unitsFor(cpuPeak, 1, rule.target(), rule.dbCpuHeadroom(), db.cores()), name),
                toInt(CellSizing.unitsFor(ioPeak, 1, rule.target(), rule.iopsHeadroom(), Math.max(1, db.iops())), name),
                shards, db.bufferPool());
        return new SizedStack(name, rule, appPeak, cpuPeak, ioPeak, connPeak, sizedApp, sizedDb);
    }

    private static int toInt(long units, String stack) {
        if (units > 1_000_000) {
            throw new IllegalArgumentException("stack " + stack + ": size: auto needs " + units
                    + " units of one resource (more than 1,000,000); raise the unit size (coresPerNode) or the target");
        }
        return (int) units;
    }
}
