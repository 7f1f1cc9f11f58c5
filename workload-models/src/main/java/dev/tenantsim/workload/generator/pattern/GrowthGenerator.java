package dev.tenantsim.workload.generator.pattern;

import dev.tenantsim.workload.CounterHash;
import dev.tenantsim.workload.generator.GeneratorParams;
import dev.tenantsim.workload.generator.RateModifier;
import dev.tenantsim.workload.generator.SignatureBuilder;
import dev.tenantsim.workload.generator.TenantContext;
import dev.tenantsim.workload.generator.WorkloadGenerator;

/**
 * {@code growth}: a multiplicative trend from 1 at minute 0 to {@code factor} (default 50) at the
 * end of the horizon, {@code shape} {@code exponential} (factor^(m/H), default) or {@code linear}
 * (1 + (factor − 1) m/H). Only a {@code share} of tenants grow (default 1; which ones is a hash of
 * seed and tenant). Not normalised: the base rate is the rate at minute 0.
 */
public final class GrowthGenerator implements WorkloadGenerator {
    public static final String NAME = "growth";
    /** Its line in {@code tenantsim list generators}. */
    public static final String DESCRIPTION = "a rate that grows over the horizon";
    private final double factor;
    private final boolean linear;
    private final double share;

    public GrowthGenerator(GeneratorParams p) {
        p.allowOnly("factor", "shape", "share");
        this.factor = p.positive("factor", 50);
        this.linear = p.oneOf("shape", "exponential", "exponential", "linear").equals("linear");
        this.share = p.fraction("share", 1);
    }

    @Override
    public void contribute(TenantContext context, SignatureBuilder signature) {
        if (share < 1 && !(CounterHash.unit(CounterHash.mix(context.key(NAME))) < share)) {
            return;
        }
        int h = context.horizonMinutes();
        signature.multiply(linear ? new Linear((factor - 1) / h) : new Exponential(Math.log(factor) / h));
    }

    /**
     * exp(r·m) evaluated as exp(r·a) × exp(r)^(m − a) with anchors a every 64 minutes, so batch
     * fill and random access give bit-identical values whatever the chunking, at one exp per 64 minutes.
     */
    private record Exponential(double perMinute, double step) implements RateModifier {
        Exponential(double perMinute) {
            this(perMinute, Math.exp(perMinute));
        }

        private double at(int minute) {
            int anchor = minute & ~63;
            double f = Math.exp(perMinute * anchor);
            for (int m = anchor; m < minute; m++) {
                f *= step;
            }
            return f;
        }

        @Override
        public void apply(int fromMinute, double[] out, int offset, int length) {
            double f = at(fromMinute);
            for (int k = 0; k < length; k++) {
                int m = fromMinute + k;
                if (k > 0) {
                    f = (m & 63) == 0 ? Math.exp(perMinute * m) : f * step;
                }
                out[offset + k] *= f;
            }
        }

        @Override
        public double factor(int minute) {
            return at(minute);
        }
    }

    private record Linear(double slope) implements RateModifier {
        @Override
        public void apply(int fromMinute, double[] out, int offset, int length) {
            for (int k = 0; k < length; k++) {
                out[offset + k] *= 1 + slope * (fromMinute + k);
            }
        }

        @Override
        public double factor(int minute) {
            return 1 + slope * minute;
        }
    }
}
