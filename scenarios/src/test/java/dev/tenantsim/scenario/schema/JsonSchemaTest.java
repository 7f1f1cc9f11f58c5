package dev.tenantsim.scenario.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The published JSON Schema must agree with the schema description the validator uses. */
final class JsonSchemaTest {
    @Test
    void publishedSchemaHasExactlyTheKeysOfTheSchemaDescription() throws IOException {
        JsonNode published;
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream(JsonSchemaWriter.RESOURCE)) {
            assertNotNull(in, "published schema at " + JsonSchemaWriter.RESOURCE);
            published = new ObjectMapper().readTree(in);
        }
        TreeSet<String> inFile = new TreeSet<>();
        keys(published, "", inFile);
        TreeSet<String> described = new TreeSet<>();
        keys(JsonSchemaWriter.schema(), "", described);
        assertEquals(described, inFile, "regenerate with JsonSchemaWriter (see its javadoc)");
        assertTrue(inFile.contains("tiers.*.dbConnectionQuota"), inFile.toString());
        assertTrue(inFile.contains("variants.*.topology.hybrid.pool.app.nodes"), inFile.toString());
    }

    @Test
    void publishedSchemaIsTheGeneratedTextPatternsIncluded() throws IOException {
        String published;
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream(JsonSchemaWriter.RESOURCE)) {
            published = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertEquals(JsonSchemaWriter.text(), published, "regenerate with JsonSchemaWriter (see its javadoc)");
    }

    @Test
    void requiredKeysAndEnumsAgreeToo() throws IOException {
        JsonNode published;
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream(JsonSchemaWriter.RESOURCE)) {
            published = new ObjectMapper().readTree(in);
        }
        assertEquals(JsonSchemaWriter.schema().get("required"), published.get("required"));
        assertEquals(JsonSchemaWriter.schema().at("/properties/topology/properties/pooled/properties/workers/properties/discipline/enum"),
                published.at("/properties/topology/properties/pooled/properties/workers/properties/discipline/enum"));
    }

    /** Dotted key paths of every property, with "*" for user-named keys and "[]" for list items. */
    private static void keys(JsonNode n, String path, TreeSet<String> out) {
        JsonNode props = n.get("properties");
        if (props != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                out.add(p);
                keys(e.getValue(), p, out);
            }
        }
        JsonNode add = n.get("additionalProperties");
        if (add != null && add.isObject()) {
            keys(add, path + ".*", out);
        }
        JsonNode items = n.get("items");
        if (items != null) {
            keys(items, path + "[]", out);
        }
    }
}
