package dev.tenantsim.workload;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The distribution of one kind of work per request (seconds of CPU, IO operations, seconds a DB
 * connection is held), given by its mean and coefficient of variation. Both passes use it: the
 * fluid pass reads {@link #mean} and {@link #variance}; the request-level engine packs it once per
 * tenant ({@link #drawCode}, {@link #drawScale}, {@link #drawA}, {@link #drawB}) and draws each
 * request with the allocation-free {@link #draw}.
 *
 * <p>Every family has exactly the stated mean and cv:
 * <ul>
 *   <li>{@code lognormal}: log-space σ² = ln(1 + cv²), μ = ln(mean) − σ²/2;</li>
 *   <li>{@code gamma}: shape k = 1/cv², scale θ = mean·cv²;</li>
 *   <li>{@code pareto} (type I): shape α = 1 + √(1 + 1/cv²), scale x<sub>m</sub> =
 *       mean(α − 1)/α, from cv² = 1/(α(α − 2)). A finite cv always gives α &gt; 2 (finite
 *       variance), so the heaviest tail a pareto work can have here is one just above α = 2
 *       (large cv); a tail with α ≤ 2 has no finite cv and cannot be asked for.</li>
 * </ul>
 * A zero mean or a zero cv is the constant {@code mean} whatever the family (no draw).
 *
 * @param shape the family
 * @param mean  the mean (≥ 0)
 * @param cv    the coefficient of variation σ/mean (≥ 0; ignored by CONSTANT, forced to 1 by
 *              EXPONENTIAL)
 */
public record WorkDistribution(Shape shape, double mean, double cv) {
    /** No work: the constant 0. */
    public static final WorkDistribution ZERO = new WorkDistribution(Shape.CONSTANT, 0, 0);

    /** Families, keyed by their YAML name ({@code dist: lognormal}); the ordinal is the draw code. */
    public enum Shape {
        CONSTANT("constant"), EXPONENTIAL("exponential"), LOGNORMAL("lognormal"), GAMMA("gamma"), PARETO("pareto");

        private final String yamlName;

        Shape(String yamlName) {
            this.yamlName = yamlName;
        }

        public String yamlName() {
            return yamlName;
        }

        public static Shape of(String name) {
            for (Shape s : values()) {
                if (s.yamlName.equals(name)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("dist (" + name + ") must be one of constant, exponential, lognormal, gamma, pareto");
        }
    }

    public WorkDistribution {
        Objects.requireNonNull(shape, "dist");
        if (!(mean >= 0) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("mean (" + mean + ") must be a finite number >= 0");
        }
        if (!(cv >= 0) || Double.isInfinite(cv)) {
            throw new IllegalArgumentException("cv (" + cv + ") must be a finite number >= 0");
        }
        if (shape == Shape.EXPONENTIAL) {
            cv = 1;
        }
        if (shape == Shape.CONSTANT) {
            cv = 0;
        }
    }

    public static WorkDistribution constant(double mean) {
        return new WorkDistribution(Shape.CONSTANT, mean, 0);
    }

    public static WorkDistribution exponential(double mean) {
        return new WorkDistribution(Shape.EXPONENTIAL, mean, 1);
    }

    public static WorkDistribution lognormal(double mean, double cv) {
        return new WorkDistribution(Shape.LOGNORMAL, mean, cv);
    }

    public static WorkDistribution gamma(double mean, double cv) {
        return new WorkDistribution(Shape.GAMMA, mean, cv);
    }

    public static WorkDistribution pareto(double mean, double cv) {
        return new WorkDistribution(Shape.PARETO, mean, cv);
    }

    /** The variance, mean² cv². */
    public double variance() {
        return mean * mean * cv * cv;
    }

    /** The pareto shape α = 1 + √(1 + 1/cv²) (&gt; 2 for every finite cv). */
    public double paretoAlpha() {
        return 1 + Math.sqrt(1 + 1 / (cv * cv));
    }

    /** The gamma shape k = 1/cv². */
    public double gammaShape() {
        return 1 / (cv * cv);
    }

    // ------------------------------------------------------------------ the engine's draw

    /** True when a draw is always the mean: a constant, a zero mean or a zero cv. */
    public boolean isDegenerate() {
        return shape == Shape.CONSTANT || mean == 0 || cv == 0;
    }

    /**
     * The draw code {@link #draw} switches on: the shape's ordinal, CONSTANT when
     * {@link #isDegenerate}.
     */
    public int drawCode() {
        return isDegenerate() ? Shape.CONSTANT.ordinal() : shape.ordinal();
    }

    /** True when {@link #draw} needs a {@link PrivateStream} (a rejection sampler: gamma). */
    public boolean needsPrivateStream() {
        return drawCode() == Shape.GAMMA.ordinal();
    }

    /**
     * The scale of a draw: the mean (constant, exponential, lognormal), x<sub>m</sub> (pareto),
     * θ (gamma). Zero exactly when the mean is zero.
     */
    public double drawScale() {
        switch (Shape.values()[drawCode()]) {
            case PARETO:
                double alpha = paretoAlpha();
                return mean * (alpha - 1) / alpha;
            case GAMMA:
                return mean * cv * cv;
            default:
                return mean;
        }
    }

    /** First shape parameter of a draw: lognormal μ, pareto 1/α, gamma Marsaglia–Tsang d; else 0. */
    public double drawA() {
        switch (Shape.values()[drawCode()]) {
            case LOGNORMAL:
                double sigma = Math.sqrt(Math.log1p(cv * cv));
                return Math.log(mean) - 0.5 * sigma * sigma;
            case PARETO:
                return 1 / paretoAlpha();
            case GAMMA:
                double k = gammaShape();
                return (k < 1 ? k + 1 : k) - 1.0 / 3;
            default:
                return 0;
        }
    }

    /** Second shape parameter of a draw: lognormal σ, gamma 1/k when k &lt; 1 (else 0); else 0. */
    public double drawB() {
        switch (Shape.values()[drawCode()]) {
            case LOGNORMAL:
                return Math.sqrt(Math.log1p(cv * cv));
            case GAMMA:
                double k = gammaShape();
                return k < 1 ? 1 / k : 0;
            default:
                return 0;
        }
    }

    /**
     * One draw from packed parameters, allocating nothing. The draws consumed depend only on the
     * distribution, so a tenant's k-th request gets the same work in every run with the same seed
     * (common random numbers): a zero scale or a constant draws nothing; an exponential draws one
     * {@code exponential}, a lognormal one {@code gaussian}, a pareto one {@code exponential}
     * (x<sub>m</sub>·e<sup>E/α</sup> is exactly pareto); a gamma draws a variable number of
     * values, all from its own {@code own} stream, so no other stream shifts.
     *
     * @param code        {@link #drawCode}
     * @param scale       {@link #drawScale}
     * @param a           {@link #drawA}
     * @param b           {@link #drawB}
     * @param gaussian    the tenant's standard normal sampler
     * @param exponential the tenant's exponential sampler with mean 1
     * @param own         this part's private stream when {@link #needsPrivateStream}, else unused
     */
    public static double draw(int code, double scale, double a, double b, ContinuousSampler gaussian,
                              ContinuousSampler exponential, PrivateStream own) {
        if (scale == 0) {
            return 0;
        }
        switch (code) {
            case 0:
                return scale;
            case 1:
                return scale * exponential.sample();
            case 2:
                return Math.exp(a + b * gaussian.sample());
            case 3:
                return scale * gamma(a, b, own);
            default:
                return scale * Math.exp(a * exponential.sample());
        }
    }

    /**
     * A unit-scale gamma draw by Marsaglia and Tsang (2000): with d = k − 1/3, c = 1/√(9d), accept
     * v = (1 + cx)³ for a standard normal x when ln u &lt; x²/2 + d(1 − v + ln v); shape k &lt; 1
     * is boosted, Γ(k) = Γ(k + 1)·u<sup>1/k</sup>.
     */
    private static double gamma(double d, double invK, PrivateStream s) {
        double c = 1 / Math.sqrt(9 * d);
        double g;
        while (true) {
            double x;
            double v;
            do {
                x = s.gaussian.sample();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = s.uniform.nextDouble();
            double x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
                g = d * v;
                break;
            }
        }
        return invK == 0 ? g : g * Math.pow(s.uniform.nextDouble(), invK);
    }

    /**
     * A sampler bound to {@code rng}; create it once per stream and call it per request (it
     * allocates nothing per draw). A gamma's rejection draws come from {@code rng} too.
     */
    public ContinuousSampler sampler(UniformRandomProvider rng) {
        int code = drawCode();
        double scale = drawScale();
        double a = drawA();
        double b = drawB();
        ContinuousSampler gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
        ContinuousSampler exponential = ZigguratSampler.Exponential.of(rng);
        PrivateStream own = new PrivateStream(rng);
        return () -> draw(code, scale, a, b, gaussian, exponential, own);
    }

    /** One draw (convenience; for many draws use {@link #sampler}). */
    public double sample(UniformRandomProvider rng) {
        return sampler(rng).sample();
    }

    /**
     * The random stream a rejection sampler owns (one per tenant and work part), so its variable
     * number of draws shifts no other stream.
     */
    public static final class PrivateStream {
        private final UniformRandomProvider uniform;
        private final ContinuousSampler gaussian;

        public PrivateStream(UniformRandomProvider rng) {
            this.uniform = Objects.requireNonNull(rng, "rng");
            this.gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
        }
    }
}
