package dev.tenantsim.placement;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tenants, candidate cells and tier rules. Tenants' and cells' {@code index} must equal their
 * position in the lists; every tenant with a series must use the same grid.
 */
public record PlacementProblem(List<TenantDemand> tenants, List<CellSpec> cells, TierRules tierRules) {

    public PlacementProblem {
        if (tenants == null || cells == null || tierRules == null) {
            throw new IllegalArgumentException("tenants, cells and tierRules must not be null");
        }
        tenants = List.copyOf(tenants);
        cells = List.copyOf(cells);
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("cells ([]) must hold at least one cell");
        }
        Set<String> ids = new HashSet<>();
        int seriesLength = -1;
        int seriesStep = -1;
        for (int i = 0; i < tenants.size(); i++) {
            TenantDemand t = tenants.get(i);
            if (t.index() != i) {
                throw new IllegalArgumentException("tenants[" + i + "].index (" + t.index() + ") must equal its position " + i);
            }
            if (!ids.add(t.id())) {
                throw new IllegalArgumentException("tenants[" + i + "].id (" + t.id() + ") must be unique");
            }
            if (t.series() != null) {
                if (seriesLength < 0) {
                    seriesLength = t.series().length();
                    seriesStep = t.series().minutesPerPoint();
                } else if (t.series().length() != seriesLength || t.series().minutesPerPoint() != seriesStep) {
                    throw new IllegalArgumentException("tenants[" + i + "].series (" + t.series().length() + " x "
                            + t.series().minutesPerPoint() + " min) must use the grid of the others (" + seriesLength
                            + " x " + seriesStep + " min)");
                }
            }
        }
        Set<String> cellIds = new HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            CellSpec c = cells.get(i);
            if (c.index() != i) {
                throw new IllegalArgumentException("cells[" + i + "].index (" + c.index() + ") must equal its position " + i);
            }
            if (!cellIds.add(c.id())) {
                throw new IllegalArgumentException("cells[" + i + "].id (" + c.id() + ") must be unique");
            }
        }
    }

    /** Length of the common series grid, or 0 if no tenant has a series. */
    public int seriesLength() {
        for (TenantDemand t : tenants) {
            if (t.series() != null) {
                return t.series().length();
            }
        }
        return 0;
    }

    /** Whether tenant {@code t} may go on cell {@code c} by residency and tier (capacity aside). */
    public boolean eligible(TenantDemand t, CellSpec c) {
        return t.allowsRegion(c.region()) && tierRules.allows(t.tier(), c.kind());
    }
}
