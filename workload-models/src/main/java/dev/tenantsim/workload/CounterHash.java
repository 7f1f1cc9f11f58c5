package dev.tenantsim.workload;

import java.nio.charset.StandardCharsets;

/**
 * Counter-based randomness: a value that is a pure function of (key, counter), so a signature can
 * be evaluated at any minute, in any order, by any number of threads, and still give the same
 * numbers. Keys are derived from (seed, tenant id, generator salt) with {@link #key}; the draw for
 * minute {@code m} is {@link #at(long, long) at(key, m)}.
 *
 * <p>The mixer is SplitMix64's finaliser (Steele, Lea, Flood 2014; the output function of
 * {@code java.util.SplittableRandom}); its outputs over consecutive counters pass BigCrush when
 * the counter is multiplied by the golden gamma, which {@link #at} does.
 */
public final class CounterHash {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private CounterHash() {
    }

    /** SplitMix64 finaliser: a bijective 64-bit mix. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The 64-bit hash for counter {@code counter} of stream {@code key}. */
    public static long at(long key, long counter) {
        return mix(key + counter * GOLDEN_GAMMA);
    }

    /** A uniform double in [0, 1) from the top 53 bits of a hash. */
    public static double unit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }

    /** A stream key from a seed, a salt (e.g. a generator's name hash) and an entity hash. */
    public static long key(long seed, long salt, long entity) {
        return mix(seed ^ mix(salt ^ mix(entity + GOLDEN_GAMMA)));
    }

    /** 64-bit FNV-1a of a string's UTF-8 bytes (tenant ids, generator names). */
    public static long fnv1a(String s) {
        long h = 0xCBF29CE484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001B3L;
        }
        return h;
    }
}
