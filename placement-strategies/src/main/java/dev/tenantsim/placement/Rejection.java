package dev.tenantsim.placement;

/**
 * A tenant a strategy could not place, with the constraint that blocked it.
 *
 * @param tenantId the tenant
 * @param tenantIndex its dense index
 * @param constraint the blocking constraint
 * @param reason a sentence with the numbers (regions, demand, capacity)
 */
public record Rejection(String tenantId, int tenantIndex, Constraint constraint, String reason) {

    public Rejection {
        if (tenantId == null || constraint == null || reason == null) {
            throw new IllegalArgumentException("rejection must name tenant, constraint and reason");
        }
    }

    /** "tenant acme (index 3) cannot be placed: RESIDENCY: ...". */
    public String message() {
        return "tenant " + tenantId + " (index " + tenantIndex + ") cannot be placed: " + constraint + ": " + reason;
    }
}
