package dev.tenantsim.placement;

/**
 * A cell tenants can be placed on.
 *
 * @param id name used in messages and plans
 * @param index dense index (its position in the problem's cell list)
 * @param kind shared, performance, isolated or dedicated (a dedicated cell holds one tenant)
 * @param region region the cell runs in (residency)
 * @param capacity capacity per resource
 * @param maxTenants most tenants the cell may hold
 * @param headroom target headroom per resource, a fraction in [0, 1): the planned load must stay
 *     at or below {@code capacity × (1 − headroom)}
 */
public record CellSpec(String id, int index, CellKind kind, String region, ResourceVector capacity,
                       int maxTenants, ResourceVector headroom) {

    public CellSpec {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("cell id (" + id + ") must not be blank");
        }
        if (index < 0) {
            throw new IllegalArgumentException("cell " + id + ": index (" + index + ") must be >= 0");
        }
        if (kind == null) {
            throw new IllegalArgumentException("cell " + id + ": kind (null) must be one of shared, performance, isolated, dedicated");
        }
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("cell " + id + ": region (" + region + ") must not be blank");
        }
        if (capacity == null || headroom == null) {
            throw new IllegalArgumentException("cell " + id + ": capacity and headroom must not be null");
        }
        if (maxTenants < 1) {
            throw new IllegalArgumentException("cell " + id + ": maxTenants (" + maxTenants + ") must be >= 1");
        }
        if (kind == CellKind.DEDICATED && maxTenants != 1) {
            throw new IllegalArgumentException("cell " + id + ": maxTenants (" + maxTenants
                    + ") must be 1 for a dedicated cell");
        }
        for (int r = 0; r < ResourceVector.COUNT; r++) {
            if (!(headroom.get(r) < 1)) {
                throw new IllegalArgumentException("cell " + id + ": headroom." + ResourceVector.NAMES[r] + " ("
                        + headroom.get(r) + ") must be in [0, 1)");
            }
            if (!(capacity.get(r) > 0)) {
                throw new IllegalArgumentException("cell " + id + ": capacity." + ResourceVector.NAMES[r] + " ("
                        + capacity.get(r) + ") must be > 0");
            }
        }
    }

    /** Capacity of resource {@code r} that planning may use: capacity × (1 − headroom). */
    public double usable(int r) {
        return capacity.get(r) * (1 - headroom.get(r));
    }
}
