package dev.tenantsim.scenario.unit;

/** An amount of data in bytes (decimal units: 1 GB = 10^9 bytes; binary ones with "GiB"). */
public record DataSize(long bytes) {
    public DataSize {
        if (bytes < 0) {
            throw new IllegalArgumentException("size (" + bytes + " bytes) must be >= 0");
        }
    }

    public static DataSize gigabytes(double gb) {
        return new DataSize(Math.round(gb * 1e9));
    }

    public double gigabytes() {
        return bytes / 1e9;
    }
}
