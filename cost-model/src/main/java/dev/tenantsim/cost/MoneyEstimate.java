package dev.tenantsim.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The mean of an amount over independent replications with its Student-t 95% confidence
 * interval, mean ± t(0.975, n−1) · s / √n. The mean is exact (rounded half-even to a
 * micro-dollar); the interval is a statistical estimate computed in double and rounded to a
 * micro-dollar, and not clamped (a lower bound may be below $0 for few, scattered replications).
 * With one replication there is no interval: lower = upper = mean.
 */
public record MoneyEstimate(Money mean, Money lower, Money upper, int replications) {
    public MoneyEstimate {
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        if (replications < 1) {
            throw new IllegalArgumentException("replications (" + replications + ") must be >= 1");
        }
        if (lower.compareTo(mean) > 0 || upper.compareTo(mean) < 0) {
            throw new IllegalArgumentException("interval [" + lower + ", " + upper + "] must contain the mean " + mean);
        }
    }

    /** Estimate from one amount per replication. */
    public static MoneyEstimate of(List<Money> perReplication) {
        int n = perReplication.size();
        if (n == 0) {
            throw new IllegalArgumentException("replications (0) must be >= 1");
        }
        long sum = 0;
        for (Money m : perReplication) {
            sum = Math.addExact(sum, m.micros());
        }
        Money mean = Money.ofMicros(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_EVEN)
                .longValueExact());
        if (n == 1) {
            return new MoneyEstimate(mean, mean, mean, 1);
        }
        double m = (double) sum / n;
        double ss = 0;
        for (Money x : perReplication) {
            double d = x.micros() - m;
            ss += d * d;
        }
        double sd = Math.sqrt(ss / (n - 1));
        double half = tQuantile975(n - 1) * sd / Math.sqrt(n);
        long halfMicros = (long) Math.ceil(half);
        return new MoneyEstimate(mean, Money.ofMicros(mean.micros() - halfMicros), Money.ofMicros(mean.micros() + halfMicros), n);
    }

    /** The 97.5% quantile of Student's t with {@code df} degrees of freedom. */
    public static double tQuantile975(int df) {
        // null generator: the distribution is only used for its quantile, never sampled
        return new TDistribution(null, df).inverseCumulativeProbability(0.975);
    }

    public boolean hasInterval() {
        return replications > 1;
    }

    public Money halfWidth() {
        return upper.minus(mean);
    }
}
