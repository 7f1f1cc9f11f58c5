package dev.tenantsim.scenario.model;

import java.nio.file.Path;

/** Tenants replayed from a trace: reader format, resolved path, and the tier of every traced tenant (null: the first tier). */
public record TraceSource(String format, Path path, String tier) {
}
