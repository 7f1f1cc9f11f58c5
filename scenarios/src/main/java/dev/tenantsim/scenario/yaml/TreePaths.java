package dev.tenantsim.scenario.yaml;

/** Setting one value deep in a tree without touching the original (used by sweeps). */
public final class TreePaths {
    private TreePaths() {
    }

    /**
     * A copy of {@code root} with {@code dottedPath} (keys separated by dots) set to {@code value};
     * only the mappings along the path are copied, missing ones are created.
     *
     * @throws IllegalArgumentException if the path is empty or runs through a non-mapping
     */
    public static YMap with(YMap root, String dottedPath, YNode value) {
        String[] keys = dottedPath.split("\\.");
        for (String k : keys) {
            if (k.isEmpty()) {
                throw new IllegalArgumentException("path (" + dottedPath + ") must be keys separated by single dots, e.g. controls.dbConnectionQuota.free");
            }
        }
        return with(root, keys, 0, value, dottedPath);
    }

    private static YMap with(YMap map, String[] keys, int i, YNode value, String full) {
        YMap copy = new YMap(map.location());
        for (YMap.Entry e : map.entries()) {
            copy.put(e.key(), e.keyLocation(), e.value());
        }
        String key = keys[i];
        if (i == keys.length - 1) {
            YMap.Entry old = map.entry(key);
            copy.put(key, old == null ? Location.NONE : old.keyLocation(), value);
            return copy;
        }
        YNode next = map.get(key);
        YMap child;
        if (next == null) {
            child = new YMap(Location.NONE);
        } else if (next instanceof YMap m) {
            child = m;
        } else {
            throw new IllegalArgumentException("path (" + full + ") runs through '" + key + "', which is " + next.describe() + ", not a mapping");
        }
        copy.put(key, map.entry(key) == null ? Location.NONE : map.entry(key).keyLocation(), with(child, keys, i + 1, value, full));
        return copy;
    }
}
