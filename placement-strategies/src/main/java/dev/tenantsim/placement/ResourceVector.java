package dev.tenantsim.placement;

/**
 * Amounts of the four resources placement packs: CPU (cores), IO (operations per second),
 * database connections, and storage (GB). Used for demands, capacities and headroom fractions.
 */
public record ResourceVector(double cpu, double io, double connections, double storageGb) {

    /** Number of resources; indices below. */
    public static final int COUNT = 4;
    public static final int CPU = 0;
    public static final int IO = 1;
    public static final int CONNECTIONS = 2;
    public static final int STORAGE = 3;
    /** Names of the resources by index, as used in messages and reports. */
    public static final String[] NAMES = {"cpu", "io", "connections", "storageGb"};

    public static final ResourceVector ZERO = new ResourceVector(0, 0, 0, 0);

    public ResourceVector {
        check("cpu", cpu);
        check("io", io);
        check("connections", connections);
        check("storageGb", storageGb);
    }

    /** The same fraction for every resource (e.g. a headroom target). */
    public static ResourceVector uniform(double v) {
        return new ResourceVector(v, v, v, v);
    }

    /** The amount of resource {@code r} (see the index constants). */
    public double get(int r) {
        switch (r) {
            case CPU: return cpu;
            case IO: return io;
            case CONNECTIONS: return connections;
            case STORAGE: return storageGb;
            default: throw new IllegalArgumentException("resource index (" + r + ") must be in [0, 4)");
        }
    }

    private static void check(String field, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(field + " (" + v + ") must be a finite number >= 0");
        }
    }
}
