package dev.tenantsim.scenario.runner;

import dev.tenantsim.engine.platform.ErrorCause;
import dev.tenantsim.engine.platform.LatencySummary;
import dev.tenantsim.engine.platform.Results;
import dev.tenantsim.engine.platform.RoutingStats;
import dev.tenantsim.engine.platform.SimulatedStack;
import dev.tenantsim.report.model.ClassResult;
import dev.tenantsim.report.model.DataTierResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The report's rows of request classes and of the data tier's lock waits and replica lag, from
 * the {@link RoutingStats} each stack measured in each replication: counts are means per
 * replication; percentiles are means over replications (p99 with its Student-t half-width), in
 * milliseconds. A stack without routing has no rows, so other runs' reports are unchanged.
 */
final class DataPathResults {
    private DataPathResults() {
    }

    static List<ClassResult> classes(List<Results> runs) {
        List<ClassResult> out = new ArrayList<>();
        Results first = runs.get(0);
        for (int s = 0; s < first.stacks().size(); s++) {
            SimulatedStack stack = first.stacks().get(s);
            if (stack.routing() == null) {
                continue;
            }
            for (int k = 0; k < stack.routing().classes().size(); k++) {
                RoutingStats.ClassStats c = stack.routing().classes().get(k);
                List<RoutingStats.ClassStats> each = new ArrayList<>();
                for (Results r : runs) {
                    each.add(r.stacks().get(s).routing().classes().get(k));
                }
                Map<String, Double> causes = new LinkedHashMap<>();
                double errors = 0;
                for (ErrorCause cause : ErrorCause.values()) {
                    double m = mean(each, x -> x.errorsByCause()[cause.ordinal()]);
                    if (m > 0) {
                        causes.put(OutcomeAssembler.causeName(cause), m);
                        errors += m;
                    }
                }
                List<LatencySummary> latency = new ArrayList<>();
                each.forEach(x -> latency.add(x.latency()));
                out.add(new ClassResult(stack.name(), c.name(), c.route(), mean(each, RoutingStats.ClassStats::completed), errors,
                        causes, OutcomeAssembler.latencyOver(latency), ReplicaStats.ms(c.p99ObjectiveSeconds())));
            }
        }
        return out;
    }

    static List<DataTierResult> dataTier(List<Results> runs) {
        List<DataTierResult> out = new ArrayList<>();
        Results first = runs.get(0);
        for (int s = 0; s < first.stacks().size(); s++) {
            RoutingStats st = first.stacks().get(s).routing();
            if (st == null || st.writes() == 0 && st.replicated() == 0) {
                continue;
            }
            List<RoutingStats> each = new ArrayList<>();
            for (Results r : runs) {
                each.add(r.stacks().get(s).routing());
            }
            out.add(new DataTierResult(first.stacks().get(s).name(), mean(each, RoutingStats::writes),
                    mean(each, RoutingStats::lockWaited), mean(each, RoutingStats::lockTimeouts),
                    ms(each, x -> x.lockWait().mean()), ms(each, x -> x.lockWait().p99()), mean(each, RoutingStats::replicated),
                    ms(each, x -> x.replicaLag().mean()), ms(each, x -> x.replicaLag().p99()), ms(each, x -> x.replicaLag().max())));
        }
        return out;
    }

    private static <T> double mean(List<T> each, ToDoubleFunction<T> f) {
        double[] v = new double[each.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = f.applyAsDouble(each.get(i));
        }
        return ReplicaStats.mean(v);
    }

    private static <T> double ms(List<T> each, ToDoubleFunction<T> seconds) {
        return ReplicaStats.ms(mean(each, seconds));
    }
}
