package dev.tenantsim.workload.fingerprint;

/** Placement buckets, by YAML name. */
public enum TenantClass {
    /** A large share of the platform: place it deliberately (dedicated, or spread). */
    HEAVY("heavy"),
    /** Rare high bursts: pair with steady tenants, leave headroom. */
    SPIKY("spiky"),
    /** A strong daily cycle: mix time zones / phases. */
    DIURNAL("diurnal"),
    /** Flat: easy to pack. */
    STEADY("steady");

    private final String yamlName;

    TenantClass(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }
}
