package dev.tenantsim.scenario.model;

import java.nio.file.Path;

/**
 * Tenants replayed from a trace: reader format, resolved path, and the tier of every traced
 * tenant (null: the first tier).
 *
 * @param lenient   skip bad rows (counted in the notes) instead of stopping at the first
 * @param tenantKey the label or dimension that names the tenant (null: the reader's default)
 * @param metric    the metric column name of the values, e.g. {@code requests_per_s} (null: the reader's default)
 */
public record TraceSource(String format, Path path, String tier, boolean lenient, String tenantKey, String metric) {
    public TraceSource(String format, Path path, String tier) {
        this(format, path, tier, false, null, null);
    }
}
