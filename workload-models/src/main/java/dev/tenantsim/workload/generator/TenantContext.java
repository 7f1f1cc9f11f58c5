package dev.tenantsim.workload.generator;

import dev.tenantsim.workload.CounterHash;
import dev.tenantsim.workload.TenantProfile;

/**
 * What a generator knows about the tenant it is shaping.
 *
 * @param seed                 scenario seed
 * @param tenant               the tenant
 * @param horizonMinutes       horizon length, minutes
 * @param startMinuteOfWeekUtc minutes from Monday 00:00 UTC to the horizon start, in [0, 10080)
 * @param utcOffsetMinutes     the tenant's local time zone offset from UTC, minutes
 */
public record TenantContext(long seed, TenantProfile tenant, int horizonMinutes, int startMinuteOfWeekUtc,
                            int utcOffsetMinutes) {
    /** Minutes in a day. */
    public static final int DAY = 1440;
    /** Minutes in a week. */
    public static final int WEEK = 7 * DAY;

    public TenantContext {
        if (horizonMinutes < 1) {
            throw new IllegalArgumentException("horizon (" + horizonMinutes + " min) must be >= 1 minute");
        }
        if (startMinuteOfWeekUtc < 0 || startMinuteOfWeekUtc >= WEEK) {
            throw new IllegalArgumentException("startMinuteOfWeek (" + startMinuteOfWeekUtc + ") must be in [0, 10080)");
        }
    }

    /**
     * The key of this tenant's stream for the generator salted {@code salt}: depends on the seed,
     * the tenant's id and the salt only — not on its index or on the other tenants.
     */
    public long key(String salt) {
        return CounterHash.key(seed, CounterHash.fnv1a(salt), CounterHash.fnv1a(tenant.id()));
    }

    /** A stream key shared by every tenant (group-level randomness such as CI bursts). */
    public long sharedKey(String salt, long group) {
        return CounterHash.key(seed, CounterHash.fnv1a(salt), group);
    }

    /** Local minute of the week at horizon minute 0, in [0, 10080). */
    public int localMinuteOfWeekAtStart() {
        return Math.floorMod(startMinuteOfWeekUtc + utcOffsetMinutes, WEEK);
    }
}
