package dev.tenantsim.scenario.model;

import dev.tenantsim.scenario.unit.Rate;
import java.time.Duration;

/** Isolation limits of one tenant of a tier; a null field means no limit. */
public record Quotas(Integer dbConnectionQuota, Duration statementTimeout, Rate rateLimit, Integer concurrencyCap) {
    public static final Quotas NONE = new Quotas(null, null, null, null);

    /** This tier's quotas with any non-null field of {@code override} replacing its own. */
    public Quotas overriddenBy(Quotas override) {
        return new Quotas(
                override.dbConnectionQuota != null ? override.dbConnectionQuota : dbConnectionQuota,
                override.statementTimeout != null ? override.statementTimeout : statementTimeout,
                override.rateLimit != null ? override.rateLimit : rateLimit,
                override.concurrencyCap != null ? override.concurrencyCap : concurrencyCap);
    }
}
