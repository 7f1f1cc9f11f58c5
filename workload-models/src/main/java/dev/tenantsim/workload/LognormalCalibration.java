package dev.tenantsim.workload;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Lognormal parameters (μ, σ of the underlying normal) such that, among {@code n} draws, the mean
 * is {@code mean} and the expected largest is about {@code max}.
 *
 * <p>Mean: ln m = μ + σ²/2. Largest of n: the (1 − 1/(n+1)) quantile, ln M = μ + σ z with
 * z = Φ⁻¹(1 − 1/(n+1)). Eliminating μ gives σ²/2 − zσ + ln(M/m) = 0, whose smaller root is
 * σ = z − √(z² − 2 ln(M/m)). When z² &lt; 2 ln(M/m) no lognormal with that mean reaches M at that
 * quantile; σ = z (the tail as heavy as the constraint allows) is used and the population
 * generator pins the largest draw to M.
 *
 * @param mu    location of ln X
 * @param sigma scale of ln X
 */
public record LognormalCalibration(double mu, double sigma) {
    public static LognormalCalibration of(SizeSpec size, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("count (" + n + ") must be >= 1");
        }
        double ratio = Math.log(size.max() / size.mean());
        double z = n == 1 ? 0 : new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - 1.0 / (n + 1));
        double disc = z * z - 2 * ratio;
        double sigma = disc >= 0 ? z - Math.sqrt(disc) : z;
        return new LognormalCalibration(Math.log(size.mean()) - sigma * sigma / 2, sigma);
    }
}
