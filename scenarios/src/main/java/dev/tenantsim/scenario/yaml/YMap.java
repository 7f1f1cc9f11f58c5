package dev.tenantsim.scenario.yaml;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A YAML mapping: keys in file order, each with the location of the key itself. */
public final class YMap implements YNode {
    /** One key and its value. */
    public record Entry(String key, Location keyLocation, YNode value) {
    }

    private final Location location;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    public YMap(Location location) {
        this.location = location;
    }

    @Override
    public Location location() {
        return location;
    }

    @Override
    public String describe() {
        return "a mapping";
    }

    /** Adds or replaces a key. */
    public YMap put(String key, Location keyLocation, YNode value) {
        entries.put(key, new Entry(key, keyLocation, value));
        return this;
    }

    public YMap put(String key, YNode value) {
        return put(key, value.location(), value);
    }

    public YNode get(String key) {
        Entry e = entries.get(key);
        return e == null ? null : e.value();
    }

    public Entry entry(String key) {
        return entries.get(key);
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public YMap remove(String key) {
        entries.remove(key);
        return this;
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public Collection<Entry> entries() {
        return entries.values();
    }

    public int size() {
        return entries.size();
    }
}
