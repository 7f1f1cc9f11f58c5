package dev.tenantsim.engine.kernel;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Reproducible, named random streams derived from one scenario seed.
 *
 * <p>Each stream is identified by a name such as {@code "tenant/42/arrivals"}. Its generator's
 * state is a pure function of (scenario seed, name): the name is hashed (64-bit FNV-1a, then
 * mixed with the seed by SplitMix64) and the result expanded by SplitMix64 into the 256-bit state
 * of a <b>XoShiRo256++</b> generator (Commons RNG {@link RandomSource#XO_SHI_RO_256_PP}: period
 * 2<sup>256</sup>−1, passes BigCrush). Consequences:
 * <ul>
 *   <li>streams do not depend on creation order: adding a tenant does not change another
 *       tenant's draws;</li>
 *   <li>two topologies run with the same seed see the same arrivals (common random numbers);</li>
 *   <li>replication {@code r} uses {@link #replication(int)}, another pure derivation.</li>
 * </ul>
 * Distinct names give statistically independent streams (distinct SplitMix64 seeds; a collision
 * of two 64-bit name hashes is the only way two streams could coincide).
 */
public final class RandomStreams {
    private final long seed;

    private RandomStreams(long seed) {
        this.seed = seed;
    }

    /** Streams for a scenario seed. */
    public static RandomStreams of(long seed) {
        return new RandomStreams(seed);
    }

    /** The scenario seed these streams derive from. */
    public long seed() {
        return seed;
    }

    /** Streams for replication {@code r} (0-based): independent of the others, reproducible. */
    public RandomStreams replication(int r) {
        if (r < 0) {
            throw new IllegalArgumentException("replication (" + r + ") must be >= 0");
        }
        return r == 0 ? this : new RandomStreams(mix(seed ^ mix(0x5eedL + r)));
    }

    /** A new generator for the named stream, positioned at its start. */
    public RestorableUniformRandomProvider stream(String name) {
        return RandomSource.XO_SHI_RO_256_PP.create(stateFor(name));
    }

    /** A 64-bit seed for the named stream, for code that needs a seed rather than a generator. */
    public long seedFor(String name) {
        return mix(seed ^ fnv1a(Objects.requireNonNull(name, "name")));
    }

    /** Convenience for {@code stream(prefix + "/" + index + "/" + suffix)}. */
    public UniformRandomProvider stream(String prefix, int index, String suffix) {
        return stream(prefix + '/' + index + '/' + suffix);
    }

    private long[] stateFor(String name) {
        long x = seedFor(name);
        long[] state = new long[4];
        for (int i = 0; i < 4; i++) {
            x += 0x9E3779B97F4A7C15L;
            state[i] = mix(x);
        }
        return state;
    }

    private static long fnv1a(String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
