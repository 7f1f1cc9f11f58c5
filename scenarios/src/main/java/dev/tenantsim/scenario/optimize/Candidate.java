package dev.tenantsim.scenario.optimize;

import dev.tenantsim.scenario.sweep.Setting;
import dev.tenantsim.scenario.sweep.SweepPoints;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One grid point: its settings, its place on every axis, and its monthly bill of materials priced from
 * the topology without simulating (the objective the search orders by).
 *
 * @param index  the point's place in grid order (the first axis varies slowest)
 * @param coords the index of its value on each axis, in axis order
 * @param price  the monthly bill, exact
 */
public record Candidate(int index, List<Setting> settings, List<Integer> coords, BigDecimal price) {
    public Candidate {
        settings = List.copyOf(settings);
        coords = List.copyOf(coords);
        Objects.requireNonNull(price, "price");
        if (settings.size() != coords.size()) {
            throw new IllegalArgumentException("coords (" + coords.size() + ") must have one entry per setting (" + settings.size() + ")");
        }
    }

    /** The point's name, {@code nodes=2,enterprise=4}, as a sweep names it. */
    public String label() {
        return SweepPoints.label(settings);
    }

    /**
     * Whether this point has no more of any capacity-like axis than {@code other}, and the same value on
     * every other axis: then, by monotonicity, it is no better on any figure than {@code other}.
     */
    public boolean belowOrAt(Candidate other, List<Axis> axes) {
        for (int a = 0; a < axes.size(); a++) {
            int mine = coords.get(a);
            int theirs = other.coords.get(a);
            if (axes.get(a).capacityLike() ? mine > theirs : mine != theirs) {
                return false;
            }
        }
        return true;
    }
}
