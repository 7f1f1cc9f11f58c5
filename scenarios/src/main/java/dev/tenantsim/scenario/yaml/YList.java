package dev.tenantsim.scenario.yaml;

import java.util.ArrayList;
import java.util.List;

/** A YAML sequence. */
public final class YList implements YNode {
    private final Location location;
    private final List<YNode> items = new ArrayList<>();

    public YList(Location location) {
        this.location = location;
    }

    @Override
    public Location location() {
        return location;
    }

    @Override
    public String describe() {
        return "a list";
    }

    public YList add(YNode item) {
        items.add(item);
        return this;
    }

    public List<YNode> items() {
        return items;
    }
}
