package dev.tenantsim.scenario.yaml;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Deep merge of a variant over the base scenario: mappings merge key by key, anything else in
 * the variant replaces the base value. The merged tree shares the nodes of both inputs, so
 * locations still point into the file where each value was written.
 */
public final class TreeMerge {
    private TreeMerge() {
    }

    /** The merged tree, and the nodes that came from (or were rebuilt because of) the override. */
    public record Merged(YNode root, Set<YNode> fromOverride) {
    }

    /**
     * Merges {@code override} over {@code base}; top-level keys in {@code replaceAtRoot} are
     * replaced whole rather than merged (a variant's topology replaces the base's, it does not
     * add a second one).
     */
    public static Merged merge(YMap base, YMap override, Set<String> replaceAtRoot) {
        Set<YNode> owned = Collections.newSetFromMap(new IdentityHashMap<>());
        YMap m = new YMap(override.location());
        owned.add(m);
        for (YMap.Entry e : base.entries()) {
            m.put(e.key(), e.keyLocation(), e.value());
        }
        for (YMap.Entry e : override.entries()) {
            YMap.Entry existing = base.entry(e.key());
            YNode value = existing == null || replaceAtRoot.contains(e.key())
                    ? own(e.value(), owned) : merge(existing.value(), e.value(), owned);
            m.put(e.key(), e.keyLocation(), value);
        }
        return new Merged(m, owned);
    }

    private static YNode merge(YNode base, YNode override, Set<YNode> owned) {
        if (base instanceof YMap b && override instanceof YMap o) {
            YMap m = new YMap(o.location());
            owned.add(m);
            for (YMap.Entry e : b.entries()) {
                m.put(e.key(), e.keyLocation(), e.value());
            }
            for (YMap.Entry e : o.entries()) {
                YMap.Entry existing = b.entry(e.key());
                YNode value = existing == null ? own(e.value(), owned) : merge(existing.value(), e.value(), owned);
                m.put(e.key(), e.keyLocation(), value);
            }
            return m;
        }
        return own(override, owned);
    }

    private static YNode own(YNode n, Set<YNode> owned) {
        owned.add(n);
        if (n instanceof YMap m) {
            m.entries().forEach(e -> own(e.value(), owned));
        } else if (n instanceof YList l) {
            l.items().forEach(i -> own(i, owned));
        }
        return n;
    }
}
