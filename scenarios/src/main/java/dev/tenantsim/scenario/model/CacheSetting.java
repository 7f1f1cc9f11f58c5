package dev.tenantsim.scenario.model;

/** A cache of the file ({@code cache:} of a stack, {@code db.bufferPool}): its size and item (page) size, in bytes. */
public record CacheSetting(double bytes, double itemBytes) {
}
