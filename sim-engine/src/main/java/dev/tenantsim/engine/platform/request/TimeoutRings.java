package dev.tenantsim.engine.platform.request;

import dev.tenantsim.engine.kernel.EventHandler;
import dev.tenantsim.engine.kernel.Simulation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One kind of timeout (the client's, the statement's) for every tenant of a stack: a
 * {@link DeadlineRing} per distinct duration, so no calendar event per request. The owner arms
 * an entry (id, generation) when the guarded work starts and bumps the id's generation when it
 * ends; only entries whose generation is still current fire, through {@link Owner#expired}.
 */
final class TimeoutRings implements EventHandler {
    /** The stage whose work the timeouts guard. */
    interface Owner {
        /** The current generation of {@code id}; an entry armed with another one is stale. */
        int generation(int id);

        /** {@code id}'s timeout fired: its work ran too long. */
        void expired(int id);
    }

    private final Simulation sim;
    private final int self;
    private final DeadlineRing[] rings;
    private final Owner owner;

    /**
     * @param durations each tenant's timeout (seconds; +Infinity for none)
     * @param ringOf    filled with each tenant's ring, or -1 for none
     */
    TimeoutRings(Simulation sim, double[] durations, int[] ringOf, Owner owner) {
        this.sim = sim;
        this.owner = owner;
        this.rings = rings(durations, ringOf);
        this.self = sim.register(this);
    }

    /** One ring per distinct finite duration; {@code ringOf[t]} is tenant t's ring or -1. */
    private static DeadlineRing[] rings(double[] durations, int[] ringOf) {
        List<DeadlineRing> rings = new ArrayList<>();
        Map<Double, Integer> byDuration = new HashMap<>();
        for (int t = 0; t < durations.length; t++) {
            ringOf[t] = -1;
            if (durations[t] == Double.POSITIVE_INFINITY) {
                continue;
            }
            Integer r = byDuration.get(durations[t]);
            if (r == null) {
                r = rings.size();
                byDuration.put(durations[t], r);
                rings.add(new DeadlineRing(durations[t]));
            }
            ringOf[t] = r;
        }
        return rings.toArray(new DeadlineRing[0]);
    }

    /** Starts the timeout of ring {@code r} for {@code id} at generation {@code gen}. */
    void arm(int r, int id, int gen, double now) {
        DeadlineRing ring = rings[r];
        if (ring.push(id, gen, now + ring.duration)) {
            sim.scheduleAt(now + ring.duration, self, 0, r);
        }
    }

    /**
     * The earliest live entry of ring {@code r} is due: fire every live entry whose deadline has
     * come, drop stale ones, and arm the ring for its next live entry.
     */
    @Override
    public void handle(int kind, int r) {
        DeadlineRing ring = rings[r];
        double now = sim.now();
        ring.armed = true; // pushes made by the callbacks below must not arm a second event
        while (!ring.isEmpty()) {
            int id = ring.headId();
            if (ring.headGen() != owner.generation(id)) {
                ring.pop();
            } else if (ring.headDeadline() <= now) {
                ring.pop();
                owner.expired(id);
            } else {
                break;
            }
        }
        if (ring.isEmpty()) {
            ring.armed = false;
        } else {
            sim.scheduleAt(ring.headDeadline(), self, kind, r);
        }
    }
}
