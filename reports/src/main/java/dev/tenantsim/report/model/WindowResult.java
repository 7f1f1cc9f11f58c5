package dev.tenantsim.report.model;

/**
 * A named report window (e.g. "export", 10:30–12:00) and how tenants fared in it.
 *
 * @param fromSeconds start, seconds after the horizon start
 * @param toSeconds   end, seconds after the horizon start
 */
public record WindowResult(
        String label,
        double fromSeconds,
        double toSeconds,
        int tenantsBreaching,
        int tenantsConsidered,
        double shareOfTenants,
        double shareOfRevenue) implements java.io.Serializable {
}
