package dev.tenantsim.workload.calibrate;

/**
 * What a metadata file says of one tenant; a field not given is {@code null} (users: 0).
 *
 * @param tenant tenant id as the trace names it
 * @param tier   its tier name, or null
 * @param users  its users, or 0 when not given
 * @param data   data it stores as written, e.g. {@code 200GB}, or null
 * @param region its region, e.g. {@code us-east-1}, or null
 */
public record TenantMeta(String tenant, String tier, long users, String data, String region) {
    /** A tenant the metadata does not list. */
    public static TenantMeta none(String tenant) {
        return new TenantMeta(tenant, null, 0, null, null);
    }
}
