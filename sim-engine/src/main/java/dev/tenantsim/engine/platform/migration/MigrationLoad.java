package dev.tenantsim.engine.platform.migration;

import dev.tenantsim.engine.platform.StackFaults;
import dev.tenantsim.engine.platform.StackSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The extra load migrations put on a stack's database, as the engines take it.
 *
 * <ul>
 *   <li>While a copy runs, the source's DB reads and the target's DB writes
 *       {@link CopyModel#copyIops()} more operations per second.</li>
 *   <li>While the tenant dual-writes (copy, dual-write window and verification of an attempt,
 *       {@link RoutingState#MIGRATING}), each of its writes also costs on the target: its write IO
 *       operations and DB CPU per second ({@code writeIops}, {@code writeCores}, by tenant index).</li>
 * </ul>
 * A background stream that keeps a share x of a processor-sharing station busy leaves the others
 * the capacity 1 − x, so the request-level pass takes this load as capacity taken from the stack's DB
 * ({@link StackFaults.DbDegradation} windows, at least 5% left), and the fluid pass as utilization
 * added to the stack's DB IO ({@link #extraIoUtilization}). The load is set against one shard's
 * capacity (the tenant's data lives on one) and, in the request-level pass, taken from every shard of
 * the stack: with several shards that over-states it for the shards the tenant is not on.
 */
public final class MigrationLoad {
    /** The least share of a DB's capacity the migration load leaves (beyond it the station is saturated anyway). */
    static final double MIN_SHARE_LEFT = 0.05;

    private MigrationLoad() {
    }

    /**
     * The migrations' load on stack {@code stack} over the span {@code [spanFrom, spanFrom + spanSeconds)}
     * of the run, as degradation windows in seconds of the span (none when no move touches it there).
     */
    public static StackFaults faultsOn(int stack, StackSpec spec, List<MigrationTimeline> moves, double[] writeIops,
                                       double[] writeCores, double spanFrom, double spanSeconds) {
        double spanTo = spanFrom + spanSeconds;
        TreeSet<Double> cuts = new TreeSet<>();
        for (MigrationTimeline m : moves) {
            if (!touches(m, stack)) {
                continue;
            }
            for (int k = 0; k < m.attempts(); k++) {
                for (double t : new double[] {m.attemptStart(k), m.copyEnd(k), m.verifyEnd(k)}) {
                    if (t > spanFrom && t < spanTo) {
                        cuts.add(t);
                    }
                }
            }
        }
        if (cuts.isEmpty() && moves.stream().noneMatch(m -> touches(m, stack) && busy(m, stack, spanFrom, spanTo))) {
            return StackFaults.NONE;
        }
        cuts.add(spanFrom);
        cuts.add(spanTo);
        List<StackFaults.DbDegradation> out = new ArrayList<>();
        Double prev = null;
        for (double t : cuts) {
            if (prev != null && t > prev) {
                double mid = (prev + t) / 2;
                double iops = 0;
                double cores = 0;
                for (MigrationTimeline m : moves) {
                    iops += extraIops(m, stack, mid, writeIops);
                    cores += extraCores(m, stack, mid, writeCores);
                }
                if (iops > 0 || cores > 0) {
                    out.add(new StackFaults.DbDegradation(prev - spanFrom, t - spanFrom,
                            left(cores / spec.db().cores()), left(iops / spec.db().iops())));
                }
            }
            prev = t;
        }
        return new StackFaults(out, List.of());
    }

    /**
     * Mean utilization move {@code m} adds to the DB IO of stack {@code stack} (whose IOPS are
     * {@code stackIops}) over {@code [from, to)}: copy and dual writes, time-weighted.
     */
    public static double extraIoUtilization(MigrationTimeline m, int stack, double stackIops, double tenantWriteIops,
                                            double from, double to) {
        if (!(to > from) || !touches(m, stack)) {
            return 0;
        }
        double copy = m.copyOverlap(from, to) * m.model().copyIops();
        double dual = stack == m.move().target() ? m.dualWriteOverlap(from, to) * tenantWriteIops : 0;
        return (copy + dual) / ((to - from) * stackIops);
    }

    /** Extra IO operations per second move {@code m} puts on {@code stack} at {@code t}. */
    static double extraIops(MigrationTimeline m, int stack, double t, double[] writeIops) {
        if (!touches(m, stack)) {
            return 0;
        }
        int k = m.attemptAt(t);
        if (k < 0) {
            return 0;
        }
        double extra = t < m.copyEnd(k) ? m.model().copyIops() : 0;
        if (stack == m.move().target()) {
            extra += writeIops[m.move().tenant()];
        }
        return extra;
    }

    /** Extra DB cores move {@code m} keeps busy on {@code stack} at {@code t} (the target's share of dual writes). */
    static double extraCores(MigrationTimeline m, int stack, double t, double[] writeCores) {
        return stack == m.move().target() && m.attemptAt(t) >= 0 ? writeCores[m.move().tenant()] : 0;
    }

    private static boolean touches(MigrationTimeline m, int stack) {
        return m.move().source() == stack || m.move().target() == stack;
    }

    private static boolean busy(MigrationTimeline m, int stack, double from, double to) {
        return m.dualWriteOverlap(from, to) > 0;
    }

    private static double left(double taken) {
        return Math.max(MIN_SHARE_LEFT, Math.min(1.0, 1.0 - taken));
    }
}
