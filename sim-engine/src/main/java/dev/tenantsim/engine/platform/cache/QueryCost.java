package dev.tenantsim.engine.platform.cache;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a query's DB CPU and IO grow with the data it runs against. The scenario's work per request
 * is its cost at {@code referenceBytes}; at {@code size} bytes it costs {@code factor(size)} times
 * that. The size is the shard's data (index depth, table scans: {@link Basis#SHARD}, the default)
 * or the tenant's own rows ({@link Basis#TENANT}: tenant-partitioned tables). Splitting one
 * database into shards shrinks every shard, so queries get cheaper.
 */
public record QueryCost(Growth growth, Basis basis, double referenceBytes, double rowBytes) {
    /** Data size at which the scenario's work per request holds when none is given: 100 GB. */
    public static final double DEFAULT_REFERENCE_BYTES = 100e9;
    /** Bytes per row when none is given: 1 KB. */
    public static final double DEFAULT_ROW_BYTES = 1000;
    /** Cost does not depend on data: the engine as it was. */
    public static final QueryCost FLAT = new QueryCost(Growth.NONE, Basis.SHARD, DEFAULT_REFERENCE_BYTES, DEFAULT_ROW_BYTES);

    public QueryCost {
        if (growth == null || basis == null) {
            throw new IllegalArgumentException("queryCost.growth and .basis (null) must be given");
        }
        if (!(referenceBytes > 0) || Double.isInfinite(referenceBytes)) {
            throw new IllegalArgumentException("queryCost.reference (" + referenceBytes + " bytes) must be finite and > 0");
        }
        if (!(rowBytes > 0) || Double.isInfinite(rowBytes)) {
            throw new IllegalArgumentException("queryCost.rowSize (" + rowBytes + " bytes) must be finite and > 0");
        }
    }

    /** The multiplier of DB CPU and IO for a query against {@code sizeBytes} of data. */
    public double factor(double sizeBytes) {
        return growth.factor(sizeBytes / rowBytes, referenceBytes / rowBytes);
    }

    /** How cost grows with rows; named as in the scenario file ({@code request.queryCost.growth}). */
    public enum Growth {
        NONE("none", "cost independent of data size (the default when queryCost is not given)"),
        LOG("log", "B-tree lookups: cost grows with the index depth, log(rows) (the default of queryCost)"),
        LINEAR("linear", "scans: cost grows in proportion to the rows read");

        private final String yamlName;
        private final String description;

        Growth(String yamlName, String description) {
            this.yamlName = yamlName;
            this.description = description;
        }

        public String yamlName() {
            return yamlName;
        }

        /** Cost at {@code rows} over cost at {@code referenceRows}; log counts at least 2 rows (depth ≥ 1). */
        public double factor(double rows, double referenceRows) {
            return switch (this) {
                case NONE -> 1;
                case LOG -> Math.log(Math.max(2, rows)) / Math.log(Math.max(2, referenceRows));
                case LINEAR -> rows / referenceRows;
            };
        }

        public static Growth named(String name) {
            for (Growth g : values()) {
                if (g.yamlName.equals(name)) {
                    return g;
                }
            }
            throw new IllegalArgumentException("queryCost.growth (" + name + ") must be one of " + describe().keySet());
        }

        /** Name → one line, for {@code tenantsim list query-cost}. */
        public static Map<String, String> describe() {
            Map<String, String> m = new LinkedHashMap<>();
            for (Growth g : values()) {
                m.put(g.yamlName, g.description);
            }
            return java.util.Collections.unmodifiableMap(m);
        }
    }

    /** What size a query's cost follows. */
    public enum Basis {
        SHARD("shard"), TENANT("tenant");

        private final String yamlName;

        Basis(String yamlName) {
            this.yamlName = yamlName;
        }

        public String yamlName() {
            return yamlName;
        }

        public static Basis named(String name) {
            for (Basis b : values()) {
                if (b.yamlName.equals(name)) {
                    return b;
                }
            }
            throw new IllegalArgumentException("queryCost.basis (" + name + ") must be one of shard, tenant");
        }
    }
}
