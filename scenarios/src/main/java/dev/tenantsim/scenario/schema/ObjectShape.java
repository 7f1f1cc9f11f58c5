package dev.tenantsim.scenario.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A mapping with a fixed set of keys; any other key is an error (with a did-you-mean). */
public record ObjectShape(Map<String, Field> fields, String doc) implements Shape {
    public ObjectShape {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static ObjectShape of(String doc, Field... fields) {
        Map<String, Field> m = new LinkedHashMap<>();
        for (Field f : fields) {
            if (m.put(f.name(), f) != null) {
                throw new IllegalArgumentException("duplicate field " + f.name());
            }
        }
        return new ObjectShape(m, doc);
    }

    /** The same keys plus more (e.g. a cell group is a stack plus a count). */
    public ObjectShape plus(String newDoc, Field... more) {
        List<Field> all = new ArrayList<>(fields.values());
        all.addAll(List.of(more));
        return of(newDoc, all.toArray(Field[]::new));
    }

    /** The same keys, none required, without {@code excluded} (a variant overrides any part). */
    public ObjectShape optionalCopy(String newDoc, Set<String> excluded) {
        return optionalCopy(newDoc, excluded, Set.of());
    }

    /**
     * The same keys, none required at any depth of nested mappings (a variant overrides any part,
     * and its merge over the base is validated whole), without {@code excluded}; the keys in
     * {@code replacedWhole} keep their nested required keys (a variant replaces them whole). Items
     * of lists keep theirs: a list in a variant replaces the base's.
     */
    public ObjectShape optionalCopy(String newDoc, Set<String> excluded, Set<String> replacedWhole) {
        Map<String, Field> m = new LinkedHashMap<>();
        for (Field f : fields.values()) {
            if (!excluded.contains(f.name())) {
                Shape shape = replacedWhole.contains(f.name()) ? f.shape() : relaxed(f.shape());
                m.put(f.name(), new Field(f.name(), shape, false, f.doc()));
            }
        }
        return new ObjectShape(m, newDoc);
    }

    private static Shape relaxed(Shape s) {
        if (s instanceof ObjectShape o) {
            return o.optionalCopy(o.doc(), Set.of(), Set.of());
        }
        if (s instanceof MapShape ms) {
            return new MapShape(relaxed(ms.values()), ms.minEntries(), ms.keyDoc(), ms.doc());
        }
        return s;
    }
}
