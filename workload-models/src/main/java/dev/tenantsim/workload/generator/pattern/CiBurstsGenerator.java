package dev.tenantsim.workload.generator.pattern;

import dev.tenantsim.workload.CounterHash;
import dev.tenantsim.workload.generator.GeneratorParams;
import dev.tenantsim.workload.generator.RateModifier;
import dev.tenantsim.workload.generator.SignatureBuilder;
import dev.tenantsim.workload.generator.TenantContext;
import dev.tenantsim.workload.generator.WorkloadGenerator;

/**
 * {@code ci-bursts}: correlated bursts shared by a group of tenants (a CI system, a batch window,
 * a partner integration). Each tenant belongs to one of {@code groups} groups (hash of its id);
 * a group's bursts start at minute m when a group-level hash of (seed, group, m) falls below
 * s = burstsPerDay / 1440, so every tenant of the group sees the same burst times. A burst lasts
 * {@code burstMinutes}; each member joins each burst with probability {@code participation}
 * (hash of tenant and burst start). While in a burst the factor is k c, otherwise c, with
 * c = 1 / (1 + (k − 1) β) and β = 1 − (1 − s·participation)^burstMinutes the share of minutes a
 * member is in a burst, so the mean is 1. Defaults: groups 10, burstsPerDay 4, burstMinutes 15,
 * multiplier k 5, participation 1.
 */
public final class CiBurstsGenerator implements WorkloadGenerator {
    public static final String NAME = "ci-bursts";
    /** Its line in {@code tenantsim list generators}. */
    public static final String DESCRIPTION = "short bursts at build times, as CI systems produce";
    private final int groups;
    private final double startProbability;
    private final int burstMinutes;
    private final double multiplier;
    private final double participation;

    public CiBurstsGenerator(GeneratorParams p) {
        p.allowOnly("groups", "burstsPerDay", "burstMinutes", "multiplier", "participation");
        this.groups = p.positiveInt("groups", 10);
        this.startProbability = p.inRange("burstsPerDay", 4, 0, TenantContext.DAY) / TenantContext.DAY;
        this.burstMinutes = p.positiveInt("burstMinutes", 15);
        this.multiplier = p.positive("multiplier", 5);
        this.participation = p.fraction("participation", 1);
    }

    /** Share of minutes a member tenant spends in a burst. */
    public double burstShare() {
        return 1 - Math.pow(1 - startProbability * participation, burstMinutes);
    }

    /** The group of a tenant, in [0, groups). */
    public int groupOf(TenantContext context) {
        return (int) Math.floorMod(CounterHash.mix(context.key(NAME + "/group")), (long) groups);
    }

    @Override
    public void contribute(TenantContext context, SignatureBuilder signature) {
        double calm = 1 / (1 + (multiplier - 1) * burstShare());
        signature.multiply(new Modifier(context.sharedKey(NAME, groupOf(context)), context.key(NAME),
                startProbability, participation, burstMinutes, calm, calm * multiplier));
    }

    /**
     * Per-tenant modifier; pure in (keys, minute). Caches, in one volatile long, the last joined
     * burst start as of the end of the previous batch so a contiguous batch skips the look-back.
     */
    private static final class Modifier implements RateModifier {
        private static final int NONE = Integer.MIN_VALUE / 2;
        private final long groupKey;
        private final long tenantKey;
        private final double start;
        private final double participation;
        private final int length;
        private final double calm;
        private final double burst;
        private volatile long lastEnd = Long.MIN_VALUE;

        Modifier(long groupKey, long tenantKey, double start, double participation, int length, double calm,
                 double burst) {
            this.groupKey = groupKey;
            this.tenantKey = tenantKey;
            this.start = start;
            this.participation = participation;
            this.length = length;
            this.calm = calm;
            this.burst = burst;
        }

        private boolean joinsBurstStartingAt(int minute) {
            return CounterHash.unit(CounterHash.at(groupKey, minute)) < start
                    && (participation >= 1 || CounterHash.unit(CounterHash.at(tenantKey, minute)) < participation);
        }

        @Override
        public void apply(int fromMinute, double[] out, int offset, int len) {
            int lastStart = NONE;
            long c = lastEnd;
            if (c != Long.MIN_VALUE && (int) (c >> 32) == fromMinute - 1) {
                lastStart = (int) c;
            } else {
                for (int m = fromMinute - length + 1; m < fromMinute; m++) {
                    if (m >= 0 && joinsBurstStartingAt(m)) {
                        lastStart = m;
                    }
                }
            }
            for (int k = 0; k < len; k++) {
                int m = fromMinute + k;
                if (joinsBurstStartingAt(m)) {
                    lastStart = m;
                }
                out[offset + k] *= m - lastStart < length ? burst : calm;
            }
            if (len > 0) {
                int end = fromMinute + len - 1;
                int keep = end - lastStart < length ? lastStart : NONE;
                lastEnd = ((long) end << 32) | (keep & 0xFFFFFFFFL);
            }
        }
    }
}
