package dev.tenantsim.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tenantsim.scenario.yaml.YList;
import dev.tenantsim.scenario.yaml.YMap;
import dev.tenantsim.scenario.yaml.YNode;
import dev.tenantsim.scenario.yaml.YScalar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The what-if form: a few common fields of a scenario (tenant count, tier mix, a DB connection
 * quota per tier, cell count per cell group, placement strategy, replications), each described by
 * the published JSON Schema ({@code scenario.schema.json}: its description, type, bounds and
 * allowed names) and filled with the scenario's own value. A {@code *} in a path is expanded over
 * the names the scenario has there (its tiers, its cell groups).
 */
final class FormFields {
    /** The schema paths the form offers, in order. */
    static final List<String> PATHS = List.of("tenants.generate.count", "tenants.generate.mix", "controls.dbConnectionQuota.*",
            "topology.cells.*.count", "placement.strategy", "replications");
    private static final JsonNode SCHEMA = load();

    private FormFields() {
    }

    /** The fields for one scenario tree: path, label, description, type, bounds, enum and current value. */
    static List<Map<String, Object>> of(YMap root) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String pattern : PATHS) {
            for (String path : expand(root, pattern)) {
                JsonNode schema = schemaAt(path);
                if (schema == null) {
                    continue;
                }
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("path", path);
                f.put("description", schema.path("description").asText(""));
                String type = schema.path("type").asText("string");
                f.put("type", type);
                if (schema.has("minimum")) {
                    f.put("minimum", schema.get("minimum").asLong());
                }
                if (schema.has("maximum")) {
                    f.put("maximum", schema.get("maximum").asLong());
                }
                if (schema.has("enum")) {
                    List<String> names = new ArrayList<>();
                    schema.get("enum").forEach(n -> names.add(n.asText()));
                    f.put("enum", names);
                }
                f.put("value", text(at(root, path)));
                out.add(f);
            }
        }
        return out;
    }

    /** The concrete paths the form offers for this scenario (what a run may set). */
    static List<String> allowed(YMap root) {
        return of(root).stream().map(f -> (String) f.get("path")).collect(Collectors.toList());
    }

    private static List<String> expand(YMap root, String pattern) {
        int star = pattern.indexOf('*');
        if (star < 0) {
            String parent = pattern.contains(".") ? pattern.substring(0, pattern.lastIndexOf('.')) : "";
            return parent.isEmpty() || at(root, parent) != null || pattern.startsWith("placement") || pattern.startsWith("controls")
                    ? List.of(pattern) : List.of();
        }
        String head = pattern.substring(0, star - 1);
        String tail = pattern.substring(star + 1);
        List<String> keys = new ArrayList<>();
        YNode names = head.equals("controls.dbConnectionQuota") ? at(root, "tiers") : at(root, head);
        if (names instanceof YMap m) {
            m.keys().forEach(k -> keys.add(head + "." + k + tail));
        }
        return keys;
    }

    static YNode at(YMap root, String path) {
        YNode n = root;
        for (String k : path.split("\\.")) {
            if (!(n instanceof YMap m) || !m.has(k)) {
                return null;
            }
            n = m.get(k);
        }
        return n;
    }

    /** A node as one line of YAML ({@code { free: 70%, pro: 30% }}), or "" when absent. */
    static String text(YNode n) {
        if (n == null) {
            return "";
        }
        if (n instanceof YScalar s) {
            return s.text();
        }
        if (n instanceof YList l) {
            return l.items().stream().map(FormFields::text).collect(Collectors.joining(", ", "[ ", " ]"));
        }
        YMap m = (YMap) n;
        return m.entries().stream().map(e -> e.key() + ": " + text(e.value())).collect(Collectors.joining(", ", "{ ", " }"));
    }

    /** The schema of a concrete dotted path: properties by name, else the map's additionalProperties. */
    static JsonNode schemaAt(String path) {
        JsonNode s = SCHEMA;
        for (String k : path.split("\\.")) {
            JsonNode props = s.path("properties");
            if (props.has(k)) {
                s = props.get(k);
            } else if (s.path("additionalProperties").isObject()) {
                s = s.get("additionalProperties");
            } else {
                return null;
            }
        }
        return s;
    }

    private static JsonNode load() {
        try (InputStream in = FormFields.class.getResourceAsStream("/dev/tenantsim/scenario/scenario.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("scenario.schema.json is not on the classpath");
            }
            return Http.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
