package dev.tenantsim.cost.showback;

import dev.tenantsim.cost.bom.Meter;
import java.util.Arrays;
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

    /** A builder for a roster of {@code tenants} tenants (dense indices 0 .. tenants − 1). */
    public static Builder builder(int tenants) {
        return new Builder(tenants);
    }

    /** Number of tenants (the roster size). */
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

    /** Builds a ledger resource by resource, or tenant by tenant; repeated adds accumulate. */
    public static final class Builder {
        private final int tenants;
        private final Map<String, Map<Meter, Entries>> usage = new LinkedHashMap<>();
        private final Map<String, Map<Meter, Double>> capacity = new LinkedHashMap<>();

        private Builder(int tenants) {
            if (tenants < 0) {
                throw new IllegalArgumentException("tenants (" + tenants + ") must be >= 0");
            }
            this.tenants = tenants;
        }

        /** Sets what a resource could serve in the month. Required for every resource with usage. */
        public Builder capacity(String stackId, Meter meter, double amount) {
            requireMetered(meter);
            capacity.computeIfAbsent(stackId, k -> new EnumMap<>(Meter.class)).put(meter, amount);
            entries(stackId, meter);
            return this;
        }

        /** Adds to a tenant's usage of a resource. */
        public Builder add(String stackId, Meter meter, int tenant, double amount) {
            requireMetered(meter);
            if (tenant < 0 || tenant >= tenants) {
                throw new IllegalArgumentException("tenant index (" + tenant + ") must be in [0, " + tenants + ")");
            }
            if (!(amount >= 0) || Double.isInfinite(amount)) {
                throw new IllegalArgumentException("usage of " + stackId + "/" + meter.yamlName() + " by tenant " + tenant
                        + " (" + amount + ") must be a finite number >= 0");
            }
            entries(stackId, meter).add(tenant, amount);
            return this;
        }

        private Entries entries(String stackId, Meter meter) {
            return usage.computeIfAbsent(stackId, k -> new EnumMap<>(Meter.class)).computeIfAbsent(meter, k -> new Entries());
        }

        private static void requireMetered(Meter meter) {
            if (!meter.metered()) {
                throw new IllegalArgumentException("meter (" + meter.yamlName() + ") has no usage");
            }
        }

        public UsageLedger build() {
            Map<String, Map<Meter, MeterUsage>> out = new LinkedHashMap<>();
            for (Map.Entry<String, Map<Meter, Entries>> s : usage.entrySet()) {
                for (Map.Entry<Meter, Entries> m : s.getValue().entrySet()) {
                    Double cap = capacity.getOrDefault(s.getKey(), Map.of()).get(m.getKey());
                    if (cap == null) {
                        throw new IllegalArgumentException("ledger." + s.getKey() + "." + m.getKey().yamlName()
                                + ".capacity is missing");
                    }
                    out.computeIfAbsent(s.getKey(), k -> new EnumMap<>(Meter.class)).put(m.getKey(), m.getValue().toUsage(cap));
                }
            }
            return new UsageLedger(tenants, out);
        }
    }

    /** Growable (tenant, amount) pairs; sorted and merged once at build time. */
    private static final class Entries {
        private int[] tenants = new int[8];
        private double[] amounts = new double[8];
        private int size;

        void add(int tenant, double amount) {
            if (size == tenants.length) {
                tenants = Arrays.copyOf(tenants, size * 2);
                amounts = Arrays.copyOf(amounts, size * 2);
            }
            tenants[size] = tenant;
            amounts[size++] = amount;
        }

        MeterUsage toUsage(double capacity) {
            Integer[] order = new Integer[size];
            for (int k = 0; k < size; k++) {
                order[k] = k;
            }
            // stable sort by tenant: repeated adds of one tenant are summed in insertion order
            Arrays.sort(order, (a, b) -> Integer.compare(tenants[a], tenants[b]));
            int[] t = new int[size];
            double[] u = new double[size];
            int n = 0;
            for (int k = 0; k < size; k++) {
                int i = order[k];
                if (n > 0 && t[n - 1] == tenants[i]) {
                    u[n - 1] += amounts[i];
                } else {
                    t[n] = tenants[i];
                    u[n++] = amounts[i];
                }
            }
            return new MeterUsage(capacity, Arrays.copyOf(t, n), Arrays.copyOf(u, n));
        }
    }
}
