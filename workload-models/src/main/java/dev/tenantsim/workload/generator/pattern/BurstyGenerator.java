package dev.tenantsim.workload.generator.pattern;

import dev.tenantsim.workload.CounterHash;
import dev.tenantsim.workload.generator.GeneratorParams;
import dev.tenantsim.workload.generator.RateModifier;
import dev.tenantsim.workload.generator.SignatureBuilder;
import dev.tenantsim.workload.generator.TenantContext;
import dev.tenantsim.workload.generator.WorkloadGenerator;

/**
 * {@code bursty}: a two-state Markov-modulated rate (MMPP-2 when combined with Poisson arrivals).
 * Per minute, calm → burst with probability p = burstsPerDay / (1440 − burstsPerDay ×
 * meanBurstMinutes), burst → calm with q = 1 / meanBurstMinutes. Stationary burst share
 * π = p / (p + q). Factors: calm c = 1 / (1 − π + π k), burst k c, so the mean is 1.
 *
 * <p>To keep random access cheap the chain regenerates each day: the state at minute 0 of day d is
 * drawn from the stationary law (hash of (tenant, day)), then evolves one hash per minute. The
 * marginal law is exact; only the correlation across midnight is cut. Parameters:
 * {@code multiplier} k (default 6), {@code burstsPerDay} (3), {@code meanBurstMinutes} (10).
 */
public final class BurstyGenerator implements WorkloadGenerator {
    public static final String NAME = "bursty";
    /** Its line in {@code tenantsim list generators}. */
    public static final String DESCRIPTION = "two-state Markov-modulated Poisson process (calm / burst)";
    private static final int EPOCH = TenantContext.DAY;
    private final double multiplier;
    private final double pOn;
    private final double pOff;

    public BurstyGenerator(GeneratorParams p) {
        p.allowOnly("multiplier", "burstsPerDay", "meanBurstMinutes");
        this.multiplier = p.positive("multiplier", 6);
        double perDay = p.positive("burstsPerDay", 3);
        double meanBurst = p.positive("meanBurstMinutes", 10);
        double calmMinutes = EPOCH - perDay * meanBurst;
        if (!(calmMinutes > perDay)) {
            throw new IllegalArgumentException("generators.bursty.burstsPerDay (" + perDay + ") × meanBurstMinutes ("
                    + meanBurst + ") must leave calm time in a day of 1440 minutes");
        }
        this.pOn = perDay / calmMinutes;
        this.pOff = Math.min(1, 1 / meanBurst);
    }

    /** Stationary share of minutes in burst. */
    public double burstShare() {
        return pOn / (pOn + pOff);
    }

    /** The calm-state factor; the burst factor is {@code multiplier} times it. */
    public double calmFactor() {
        double pi = burstShare();
        return 1 / (1 - pi + pi * multiplier);
    }

    @Override
    public void contribute(TenantContext context, SignatureBuilder signature) {
        signature.multiply(new Modifier(context.key(NAME), pOn, pOff, burstShare(), calmFactor(),
                calmFactor() * multiplier));
    }

    /**
     * Per-tenant modifier. A pure function of (key, minute); the only mutable state is a cache of
     * the chain's state at the end of the last batch (one volatile long: minute and state), so the
     * next contiguous batch continues the chain instead of replaying it from midnight. A stale or
     * racing cache is harmless: it is used only when its minute matches.
     */
    private static final class Modifier implements RateModifier {
        private final long key;
        private final double pOn;
        private final double pOff;
        private final double pi;
        private final double calm;
        private final double burst;
        private volatile long lastEnd = Long.MIN_VALUE;

        Modifier(long key, double pOn, double pOff, double pi, double calm, double burst) {
            this.key = key;
            this.pOn = pOn;
            this.pOff = pOff;
            this.pi = pi;
            this.calm = calm;
            this.burst = burst;
        }

        @Override
        public void apply(int fromMinute, double[] out, int offset, int length) {
            int m = fromMinute;
            boolean on = cachedOrComputedStateAt(m);
            for (int k = 0; k < length; k++, m++) {
                if (k > 0) {
                    on = m % EPOCH == 0 ? startState(m / EPOCH) : step(on, m);
                }
                out[offset + k] *= on ? burst : calm;
            }
            if (length > 0) {
                lastEnd = ((long) (m - 1) << 1) | (on ? 1 : 0);
            }
        }

        private boolean cachedOrComputedStateAt(int minute) {
            long c = lastEnd;
            if (c != Long.MIN_VALUE && (c >> 1) == minute - 1 && minute % EPOCH != 0) {
                return step((c & 1) != 0, minute);
            }
            return stateAt(minute);
        }

        private boolean startState(int epoch) {
            return CounterHash.unit(CounterHash.at(~key, epoch)) < pi;
        }

        private boolean step(boolean on, int minute) {
            double u = CounterHash.unit(CounterHash.at(key, minute));
            return on ? u >= pOff : u < pOn;
        }

        private boolean stateAt(int minute) {
            int epochStart = minute - Math.floorMod(minute, EPOCH);
            boolean on = startState(Math.floorDiv(minute, EPOCH));
            for (int m = epochStart + 1; m <= minute; m++) {
                on = step(on, m);
            }
            return on;
        }

        @Override
        public double factor(int minute) {
            return stateAt(minute) ? burst : calm;
        }
    }
}
