package dev.tenantsim.scenario.schema;

import dev.tenantsim.scenario.yaml.YList;
import dev.tenantsim.scenario.yaml.YMap;
import dev.tenantsim.scenario.yaml.YNode;
import dev.tenantsim.scenario.yaml.YScalar;
import java.util.List;

/** Null-tolerant access to a validated tree: a missing or malformed part reads as absent. */
public final class Tree {
    private Tree() {
    }

    public static YMap map(YNode parent, String key) {
        return parent instanceof YMap m && m.get(key) instanceof YMap c ? c : null;
    }

    public static List<YNode> list(YNode parent, String key) {
        return parent instanceof YMap m && m.get(key) instanceof YList l ? l.items() : List.of();
    }

    public static YNode node(YNode parent, String key) {
        return parent instanceof YMap m ? m.get(key) : null;
    }

    /** The converted value of a valid scalar, or null. */
    public static Object value(YNode parent, String key) {
        return parent instanceof YMap m && m.get(key) instanceof YScalar s ? s.parsed() : null;
    }

    public static Object value(YNode scalar) {
        return scalar instanceof YScalar s ? s.parsed() : null;
    }
}
