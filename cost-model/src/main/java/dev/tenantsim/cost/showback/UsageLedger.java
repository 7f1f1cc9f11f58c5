package dev.tenantsim.cost.showback;

import dev.tenantsim.cost.bom.Meter;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What each tenant used of each shared resource over the month: per stack id and {@link Meter},
 * a {@link MeterUsage}. Filled by the adapter from simulation results; immutable once built.
 */
public final class UsageLedger {
    private final int tenants;
    private final Map<String, Map<Meter, MeterUsage>> stacks;

    private UsageLedger(int tenants, Map<String, Map<Meter, MeterUsage>> stacks) {
        this.tenants = tenants;
        Map<String, Map<Meter, MeterUsage>> copy = new LinkedHashMap<>();
        stacks.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new EnumMap<>(v))));
        this.stacks = Collections.unmodifiableMap(copy);
    }

    public static Builder builder(int tenants) {
        return new Builder(tenants);
    }

    /** Number of tenants (the roster size) every usage array has. */
    public int tenants() {
        return tenants;
    }

    public Optional<MeterUsage> usage(String stackId, Meter meter) {
        Map<Meter, MeterUsage> m = stacks.get(stackId);
        return Optional.ofNullable(m == null ? null : m.get(meter));
    }

    /** Stack id → meter → usage. */
    public Map<String, Map<Meter, MeterUsage>> stacks() {
        return stacks;
    }

    /** Builds a ledger resource by resource, or tenant by tenant. */
    public static final class Builder {
        private final int tenants;
        private final Map<String, Map<Meter, double[]>> usage = new LinkedHashMap<>();
        private final Map<String, Map<Meter, Double>> capacity = new LinkedHashMap<>();

        private Builder(int tenants) {
            if (tenants < 0) {
                throw new IllegalArgumentException("tenants (" + tenants + ") must be >= 0");
            }
            this.tenants = tenants;
        }

        /** Sets what a resource could serve in the month. Required for every resource with usage. */
        public Builder capacity(String stackId, Meter meter, double amount) {
            if (!meter.metered()) {
                throw new IllegalArgumentException("meter (" + meter.yamlName() + ") has no usage");
            }
            capacity.computeIfAbsent(stackId, k -> new EnumMap<>(Meter.class)).put(meter, amount);
            usage.computeIfAbsent(stackId, k -> new EnumMap<>(Meter.class)).computeIfAbsent(meter, k -> new double[tenants]);
            return this;
        }

        /** Adds to a tenant's usage of a resource. */
        public Builder add(String stackId, Meter meter, int tenant, double amount) {
            if (!meter.metered()) {
                throw new IllegalArgumentException("meter (" + meter.yamlName() + ") has no usage");
            }
            if (!(amount >= 0) || Double.isInfinite(amount)) {
                throw new IllegalArgumentException("usage of " + stackId + "/" + meter.yamlName() + " by tenant " + tenant
                        + " (" + amount + ") must be a finite number >= 0");
            }
            usage.computeIfAbsent(stackId, k -> new EnumMap<>(Meter.class)).computeIfAbsent(meter, k -> new double[tenants])[tenant] += amount;
            return this;
        }

        public UsageLedger build() {
            Map<String, Map<Meter, MeterUsage>> out = new LinkedHashMap<>();
            for (Map.Entry<String, Map<Meter, double[]>> s : usage.entrySet()) {
                for (Map.Entry<Meter, double[]> m : s.getValue().entrySet()) {
                    Double cap = capacity.getOrDefault(s.getKey(), Map.of()).get(m.getKey());
                    if (cap == null) {
                        throw new IllegalArgumentException("ledger." + s.getKey() + "." + m.getKey().yamlName()
                                + ".capacity is missing");
                    }
                    out.computeIfAbsent(s.getKey(), k -> new EnumMap<>(Meter.class)).put(m.getKey(),
                            new MeterUsage(cap, m.getValue()));
                }
            }
            return new UsageLedger(tenants, out);
        }
    }
}
