package dev.tenantsim.workload;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small collection helpers shared by the records of this package. */
final class Collections2 {
    private Collections2() {
    }

    /** An unmodifiable copy that keeps the iteration order (Map.copyOf does not). */
    static <K, V> Map<K, V> orderedCopy(Map<K, V> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
