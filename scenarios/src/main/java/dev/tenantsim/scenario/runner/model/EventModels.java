package dev.tenantsim.scenario.runner.model;

import dev.tenantsim.engine.platform.StackFaults;
import dev.tenantsim.engine.platform.StackSpec;
import dev.tenantsim.engine.platform.Topology;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.model.EventSpec;
import dev.tenantsim.workload.Population;
import dev.tenantsim.workload.Signature;
import dev.tenantsim.workload.SpikedSignature;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenario's timeline ({@code events:}) mapped to the engines' inputs: a {@code loadSpike}
 * becomes the tenant's signature scaled over the window ({@link SpikedSignature}; both passes read
 * rates from signatures), a {@code dbDegradation} or {@code stackOutage} becomes the named
 * stack's {@link StackFaults}, in seconds of the request-level span (the part of the window inside
 * it; nothing when it lies outside).
 */
public final class EventModels {
    private EventModels() {
    }

    /** The signatures with every load spike applied (the array itself when there are none). */
    static Signature[] spiked(Scenario s, Population population, Signature[] signatures) {
        Signature[] out = signatures;
        for (EventSpec e : s.events()) {
            if (e.kind() != EventSpec.Kind.LOAD_SPIKE) {
                continue;
            }
            if (out == signatures) {
                out = signatures.clone();
            }
            for (int t = 0; t < population.size(); t++) {
                if (population.get(t).id().equals(e.tenant())) {
                    out[t] = new SpikedSignature(out[t], e.fromSeconds(), e.toSeconds(), e.factor());
                }
            }
        }
        return out;
    }

    /** The layout's topology with each stack's faults over {@code span}. */
    static Topology topology(Scenario s, StackLayout layout, RequestSpan span) {
        Topology plain = layout.topology();
        if (s.events().stream().allMatch(e -> e.kind() == EventSpec.Kind.LOAD_SPIKE)) {
            return plain;
        }
        List<StackSpec> specs = new ArrayList<>(plain.stacks().size());
        for (PlacedStack p : layout.stacks()) {
            specs.add(p.spec().withFaults(faultsOf(s, p.name(), span)));
        }
        return Topology.assigned(specs, layout.stackOf());
    }

    /** The faults of the stack named {@code stack} over the span, in seconds of the span. */
    public static StackFaults faultsOf(Scenario s, String stack, RequestSpan span) {
        List<StackFaults.DbDegradation> degradations = new ArrayList<>();
        List<StackFaults.StackOutage> outages = new ArrayList<>();
        for (EventSpec e : s.events()) {
            if (!stack.equals(e.stack())) {
                continue;
            }
            double from = Math.max(0, e.fromSeconds() - span.fromSeconds());
            double to = Math.min(span.seconds(), e.toSeconds() - span.fromSeconds());
            if (!(to > from)) {
                continue;
            }
            if (e.kind() == EventSpec.Kind.DB_DEGRADATION) {
                degradations.add(new StackFaults.DbDegradation(from, to, e.cpu(), e.iops()));
            } else if (e.kind() == EventSpec.Kind.STACK_OUTAGE) {
                outages.add(new StackFaults.StackOutage(from, to));
            }
        }
        return new StackFaults(degradations, outages);
    }
}
