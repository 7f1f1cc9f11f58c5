package dev.tenantsim.scenario;

import dev.tenantsim.scenario.yaml.Location;
import dev.tenantsim.scenario.yaml.YList;
import dev.tenantsim.scenario.yaml.YMap;
import dev.tenantsim.scenario.yaml.YScalar;

/** Writes the tree the fluent builders build: keys as in a scenario file, values typed. */
final class BuilderTree {
    private BuilderTree() {
    }

    static YMap child(YMap parent, String key) {
        if (parent.get(key) instanceof YMap m) {
            return m;
        }
        YMap m = new YMap(Location.NONE);
        parent.put(key, m);
        return m;
    }

    static YList list(YMap parent, String key) {
        if (parent.get(key) instanceof YList l) {
            return l;
        }
        YList l = new YList(Location.NONE);
        parent.put(key, l);
        return l;
    }

    static void set(YMap m, String key, Object value) {
        m.put(key, YScalar.of(value instanceof Integer i ? Long.valueOf(i) : value));
    }

    static void setIf(YMap m, String key, Object value) {
        if (value != null) {
            set(m, key, value);
        }
    }
}
