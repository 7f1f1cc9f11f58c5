package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.kernel.Simulation;
import dev.tenantsim.engine.platform.ErrorCause;
import dev.tenantsim.engine.platform.StackFaults;

/**
 * The stack's outages ({@link StackFaults#outages()}), first at the edge: an attempt arriving while
 * the stack is down fails at once (STACK_DOWN); attempts already inside carry on. Only on a stack
 * with outages on its timeline, so a steady stack's path has no such stage.
 */
final class OutageGate extends Stage {
    private final Simulation sim;
    private final StackFaults faults;

    OutageGate(StackContext ctx) {
        sim = ctx.sim;
        faults = ctx.spec.faults();
    }

    @Override
    void accept(int j) {
        if (faults.downAt(sim.now())) {
            outer.ended(j, ErrorCause.STACK_DOWN.ordinal());
            return;
        }
        inner.accept(j);
    }
}
