package dev.tenantsim.scenario.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tenantsim.scenario.unit.Units;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates the published JSON Schema (draft 2020-12) of the scenario format from
 * {@link ScenarioSchema}, so editors can complete and check scenario files. The schema is committed
 * as {@value #RESOURCE} and a test keeps it in sync; regenerate it with
 * {@code java -cp scenarios/target/tenantsim.jar dev.tenantsim.scenario.schema.JsonSchemaWriter
 * scenarios/src/main/resources/dev/tenantsim/scenario/scenario.schema.json}.
 */
public final class JsonSchemaWriter {
    /** Classpath location of the published schema. */
    public static final String RESOURCE = "/dev/tenantsim/scenario/scenario.schema.json";
    static final String ID = "https://tenantsim.dev/schema/scenario.schema.json";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonSchemaWriter() {
    }

    public static ObjectNode schema() {
        ObjectNode root = F.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", ID);
        root.put("title", "tenantsim scenario");
        root.setAll(node(ScenarioSchema.ROOT));
        return root;
    }

    public static String text() throws IOException {
        return MAPPER.writeValueAsString(schema()) + "\n";
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: JsonSchemaWriter OUTPUT.json");
            System.exit(2);
        }
        Files.writeString(Path.of(args[0]), text(), StandardCharsets.UTF_8);
    }

    static ObjectNode node(Shape shape) {
        ObjectNode n = F.objectNode();
        n.put("description", shape.doc());
        if (shape instanceof ObjectShape o) {
            n.put("type", "object");
            ObjectNode props = n.putObject("properties");
            ArrayNode required = F.arrayNode();
            for (Field f : o.fields().values()) {
                ObjectNode child = node(f.shape());
                props.set(f.name(), child);
                if (f.required()) {
                    required.add(f.name());
                }
            }
            if (!required.isEmpty()) {
                n.set("required", required);
            }
            n.put("additionalProperties", false);
        } else if (shape instanceof MapShape m) {
            n.put("type", "object");
            if (m.minEntries() > 0) {
                n.put("minProperties", m.minEntries());
            }
            n.set("additionalProperties", node(m.values()));
        } else if (shape instanceof ListShape l) {
            n.put("type", "array");
            if (l.minItems() > 0) {
                n.put("minItems", l.minItems());
            }
            n.set("items", node(l.items()));
        } else {
            scalar(n, (ScalarShape) shape);
        }
        return n;
    }

    private static void scalar(ObjectNode n, ScalarShape s) {
        switch (s.kind()) {
            case INTEGER, COUNT -> {
                n.put("type", "integer");
                if (s.min() != Double.NEGATIVE_INFINITY) {
                    n.put("minimum", (long) s.min());
                }
                if (s.max() != Double.POSITIVE_INFINITY) {
                    n.put("maximum", (long) s.max());
                }
            }
            case NUMBER, MONEY, IO_OPS -> {
                if (s.kind() == ValueKind.IO_OPS) {
                    ArrayNode any = n.putArray("anyOf");
                    any.addObject().put("type", "number");
                    any.addObject().put("type", "string").put("pattern", "^[0-9.]+\\s*ops$");
                    return;
                }
                n.put("type", "number");
                if (s.min() != Double.NEGATIVE_INFINITY) {
                    n.put(s.minExclusive() ? "exclusiveMinimum" : "minimum", s.min());
                }
                if (s.max() != Double.POSITIVE_INFINITY) {
                    n.put("maximum", s.max());
                }
            }
            case DURATION -> n.put("type", "string").put("pattern", Units.DURATION_PATTERN);
            case PERCENT -> n.put("type", "string").put("pattern", Units.PERCENT_PATTERN);
            case RATE -> n.put("type", "string").put("pattern", Units.RATE_PATTERN);
            case SIZE -> n.put("type", "string").put("pattern", Units.SIZE_PATTERN);
            case TIMESTAMP -> n.put("type", "string").put("format", "date-time");
            case MOMENT -> {
                ArrayNode any = n.putArray("anyOf");
                any.addObject().put("type", "string").put("pattern", Units.DURATION_PATTERN);
                any.addObject().put("type", "string").put("format", "date-time");
            }
            case CLOCK -> n.put("type", "string").put("pattern", "^[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?$");
            case BOOLEAN -> n.put("type", "boolean");
            case CHOICE -> {
                n.put("type", "string");
                ArrayNode e = n.putArray("enum");
                s.allowed().forEach(e::add);
            }
            case NAME -> n.put("type", "string").put("pattern", "^[A-Za-z0-9][A-Za-z0-9._-]*$");
            default -> n.put("type", "string");
        }
    }
}
