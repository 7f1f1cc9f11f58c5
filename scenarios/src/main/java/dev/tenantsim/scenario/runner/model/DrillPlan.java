package dev.tenantsim.scenario.runner.model;

import dev.tenantsim.scenario.model.EventSpec;
import java.util.List;

/**
 * What one drill event of the timeline does to the layout, in seconds of the horizon: the stacks
 * it takes down, the tenants whose requests fail and when ({@link Down}), the tenants that fail
 * over and where ({@link Move}), and the tenants of a down stack that stay down because their
 * residency forbids the pair's region ({@code residencyBlocked}) or the pair is down too
 * ({@code pairDown}). The request-level topology and the report's Events section read the same plan.
 *
 * @param event            the event
 * @param downStacks       stack indices it takes down, ascending
 * @param downs            tenants' down windows (requests arriving fail), by tenant index
 * @param moves            failovers
 * @param residencyBlocked tenants of a down stack kept from the failover by residency, ascending
 * @param pairDown         tenants of a down stack whose pair stack was down at detection, ascending
 */
public record DrillPlan(EventSpec event, List<Integer> downStacks, List<Down> downs, List<Move> moves,
                        List<Integer> residencyBlocked, List<Integer> pairDown) {
    public DrillPlan {
        downStacks = List.copyOf(downStacks);
        downs = List.copyOf(downs);
        moves = List.copyOf(moves);
        residencyBlocked = List.copyOf(residencyBlocked);
        pairDown = List.copyOf(pairDown);
    }

    /** Tenant {@code tenant}'s requests fail over {@code [from, to)} s of the horizon. */
    public record Down(int tenant, double from, double to) {
    }

    /** Tenant {@code tenant} is served by stack {@code toStack} over {@code [from, to)} s of the horizon (minute boundaries). */
    public record Move(int tenant, int toStack, double from, double to) {
    }

    /** Whole minutes of {@code [fromMinute, toMinute)} in which tenant {@code t} was down at least half the minute. */
    public int downMinutes(int t, int fromMinute, int toMinute) {
        int n = 0;
        for (int m = fromMinute; m < toMinute; m++) {
            double covered = 0;
            for (Down d : downs) {
                if (d.tenant() == t) {
                    covered += Math.max(0, Math.min(d.to(), 60.0 * (m + 1)) - Math.max(d.from(), 60.0 * m));
                }
            }
            if (covered >= 30) {
                n++;
            }
        }
        return n;
    }
}
