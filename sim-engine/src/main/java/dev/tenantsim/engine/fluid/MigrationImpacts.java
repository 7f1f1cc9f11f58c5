package dev.tenantsim.engine.fluid;

import dev.tenantsim.engine.platform.migration.MigrationLoad;
import dev.tenantsim.engine.platform.migration.MigrationTimeline;
import java.util.ArrayList;
import java.util.List;

/**
 * Each move's impact on its source and target over a fluid run: the fluid pass's DB IO utilization
 * series of both stacks over the move's busy time, with the copy and dual-write load of every
 * migration then on the stack added ({@link MigrationLoad#extraIoUtilization}), and the p99 rise that
 * follows from the pass's processor-sharing response: the IO part of a request takes
 * s (1 + C(c, cu) / (c (1 − u))) at utilization u over c IO servers (see {@link FluidPass}), and the
 * stack's p99 scales with it in the two-moment fit, so the rise is the ratio of that factor with and
 * without the migrations, minus 1 (utilization clipped at 0.98). The tenants' own requests stay where
 * the run placed them: this pass adds the migrations' load, it does not move the tenant.
 */
public final class MigrationImpacts {
    private static final double CLIP = 0.98;

    private MigrationImpacts() {
    }

    /**
     * The impact of each move in {@code moves} (in order). {@code writeIops} holds each tenant's
     * write IO operations per second (dual writes on the target), by dense index.
     */
    public static List<MoveImpact> of(FluidResult run, FluidModel model, List<MigrationTimeline> moves, double[] writeIops) {
        List<MoveImpact> out = new ArrayList<>(moves.size());
        for (MigrationTimeline m : moves) {
            double from = m.move().startSecond();
            double to = m.verifyEnd(m.attempts() - 1);
            int src = m.move().source();
            int tgt = m.move().target();
            double srcBefore = baseline(run.stacks().get(src), from, to);
            double tgtBefore = baseline(run.stacks().get(tgt), from, to);
            double srcDuring = srcBefore + extra(moves, src, model.stack(src), writeIops, from, to);
            double tgtDuring = tgtBefore + extra(moves, tgt, model.stack(tgt), writeIops, from, to);
            out.add(new MoveImpact(m, busySeconds(m) / 3600.0, srcBefore, srcDuring, tgtBefore, tgtDuring,
                    rise(model.stack(src), srcBefore, srcDuring), rise(model.stack(tgt), tgtBefore, tgtDuring)));
        }
        return out;
    }

    /** Relative rise of the IO response factor from utilization {@code before} to {@code during}. */
    static double rise(StackCapacity c, double before, double during) {
        return factor(c.ioServers(), during) / factor(c.ioServers(), before) - 1.0;
    }

    /** 1 + C(c, cu) / (c (1 − u)): a PS request's response over its service time. */
    static double factor(int servers, double utilization) {
        double u = Math.min(CLIP, Math.max(0, utilization));
        return 1.0 + ErlangC.waitProbability(servers, servers * u) / (servers * (1.0 - u));
    }

    private static double extra(List<MigrationTimeline> moves, int stack, StackCapacity c, double[] writeIops, double from, double to) {
        double x = 0;
        for (MigrationTimeline other : moves) {
            if (other.move().startSecond() < to && other.verifyEnd(other.attempts() - 1) > from) {
                x += MigrationLoad.extraIoUtilization(other, stack, c.dbIops(), writeIops[other.move().tenant()], from, to);
            }
        }
        return x;
    }

    /** Time-weighted mean DB IO utilization of the stack's series over {@code [from, to)} seconds. */
    static double baseline(StackFluidResult stack, double from, double to) {
        UtilizationSeries s = stack.series();
        double pointSeconds = s.minutesPerPoint() * 60.0;
        int first = (int) Math.max(0, Math.floor(from / pointSeconds));
        int last = (int) Math.min(s.points() - 1, Math.floor(Math.max(from, to - 1e-9) / pointSeconds));
        double sum = 0;
        double weight = 0;
        for (int p = first; p <= last; p++) {
            double w = Math.max(0, Math.min(to, (p + 1) * pointSeconds) - Math.max(from, p * pointSeconds));
            sum += w * s.mean(FluidResource.DB_IO, p);
            weight += w;
        }
        return weight > 0 ? sum / weight : 0.0;
    }

    private static double busySeconds(MigrationTimeline m) {
        double s = 0;
        for (int k = 0; k < m.attempts(); k++) {
            s += m.verifyEnd(k) - m.attemptStart(k);
        }
        return s;
    }
}
