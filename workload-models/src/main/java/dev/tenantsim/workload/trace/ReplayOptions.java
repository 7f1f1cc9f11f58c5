package dev.tenantsim.workload.trace;

import dev.tenantsim.workload.Tier;
import java.util.List;
import java.util.Objects;

/**
 * How a trace becomes replaying signatures.
 *
 * @param gaps           how gaps are filled
 * @param maxHoldSeconds an interval between two samples longer than this is a gap (default 900 s,
 *                       three 300 s steps; the Bitbrains samples drift by a few seconds around 300)
 * @param mapping        row → requests/s
 * @param beyond         the rate before a tenant's first and after its last sample
 * @param scale          multiplies every rate (default 1)
 * @param originEpochSecond minute 0 of the signatures; {@code Long.MIN_VALUE} (default) = the
 *                       earliest sample of the trace, floored to the minute
 * @param tiers          tiers of the resulting population
 * @param tier           tier given to every traced tenant
 * @param region         region given to every traced tenant
 */
public record ReplayOptions(GapPolicy gaps, long maxHoldSeconds, RateMapping mapping, Beyond beyond, double scale,
                            long originEpochSecond, List<Tier> tiers, String tier, String region) {
    /** What a tenant demands outside its traced span. */
    public enum Beyond {
        /** nothing. */
        ZERO,
        /** its trace again, cyclically (a one-day trace becomes a week). */
        REPEAT
    }

    public static final ReplayOptions DEFAULT = new ReplayOptions(GapPolicy.HOLD_LAST, 900, RateMapping.DEFAULT,
            Beyond.ZERO, 1, Long.MIN_VALUE, Tier.defaults(), "pro", "us-east-1");

    public ReplayOptions {
        Objects.requireNonNull(gaps, "replay.gaps");
        Objects.requireNonNull(mapping, "replay.mapping");
        Objects.requireNonNull(beyond, "replay.beyond");
        tiers = List.copyOf(tiers);
        if (maxHoldSeconds < 60) {
            throw new IllegalArgumentException("replay.maxHoldSeconds (" + maxHoldSeconds + ") must be >= 60");
        }
        if (!(scale >= 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("replay.scale (" + scale + ") must be a finite number >= 0");
        }
    }

    public ReplayOptions withGaps(GapPolicy value) {
        return new ReplayOptions(value, maxHoldSeconds, mapping, beyond, scale, originEpochSecond, tiers, tier, region);
    }

    public ReplayOptions withBeyond(Beyond value) {
        return new ReplayOptions(gaps, maxHoldSeconds, mapping, value, scale, originEpochSecond, tiers, tier, region);
    }

    public ReplayOptions withScale(double value) {
        return new ReplayOptions(gaps, maxHoldSeconds, mapping, beyond, value, originEpochSecond, tiers, tier, region);
    }

    public ReplayOptions withMaxHoldSeconds(long value) {
        return new ReplayOptions(gaps, value, mapping, beyond, scale, originEpochSecond, tiers, tier, region);
    }

    public ReplayOptions withOrigin(long epochSecond) {
        return new ReplayOptions(gaps, maxHoldSeconds, mapping, beyond, scale, epochSecond, tiers, tier, region);
    }
}
