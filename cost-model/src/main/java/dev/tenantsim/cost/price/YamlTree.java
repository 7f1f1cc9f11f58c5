package dev.tenantsim.cost.price;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tenantsim.cost.CostInputException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document read by Jackson's streaming parser into a tiny tree that remembers the line and
 * column of every key and value, so that validation errors can name them. Scalars keep their
 * source text (prices are parsed as exact decimals from it, never through a double).
 */
final class YamlTree {
    private YamlTree() {
    }

    /** Where a node starts: "file:line:column". */
    record Where(String file, int line, int column) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column;
        }
    }

    sealed interface Node permits MapNode, ListNode, Scalar {
        Where where();
    }

    /** A mapping; entries in document order. */
    record MapNode(Where where, Map<String, Entry> entries) implements Node {
    }

    /** A key with its position and value. */
    record Entry(Where keyWhere, Node value) {
    }

    record ListNode(Where where, List<Node> items) implements Node {
    }

    /** A scalar: its text ({@code null} for YAML null) and whether it was a number or a string. */
    record Scalar(Where where, String text, JsonToken token) implements Node {
        boolean isNull() {
            return token == JsonToken.VALUE_NULL;
        }
    }

    /** Reads one document; a syntax error or a duplicate key becomes a {@link CostInputException}. */
    static Node read(String file, Reader reader) {
        try (JsonParser p = new YAMLFactory().createParser(reader)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new CostInputException(file + ": the document is empty");
            }
            return readNode(file, p, t);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            String at = l == null ? file : file + ":" + l.getLineNr() + ":" + l.getColumnNr();
            throw new CostInputException(at + ": not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new CostInputException(file + ": cannot be read: " + e.getMessage());
        }
    }

    private static Where where(String file, JsonLocation l) {
        return new Where(file, l.getLineNr(), l.getColumnNr());
    }

    private static Node readNode(String file, JsonParser p, JsonToken t) throws IOException {
        Where at = where(file, p.currentTokenLocation());
        switch (t) {
            case START_OBJECT: {
                Map<String, Entry> entries = new LinkedHashMap<>();
                List<String> duplicates = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Where keyAt = where(file, p.currentTokenLocation());
                    Node value = readNode(file, p, p.nextToken());
                    if (entries.putIfAbsent(key, new Entry(keyAt, value)) != null) {
                        duplicates.add(keyAt + ": key " + key + " appears twice");
                    }
                }
                if (!duplicates.isEmpty()) {
                    throw new CostInputException(duplicates);
                }
                return new MapNode(at, entries);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                JsonToken next;
                while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(readNode(file, p, next));
                }
                return new ListNode(at, items);
            }
            default:
                return new Scalar(at, t == JsonToken.VALUE_NULL ? null : p.getText(), t);
        }
    }
}
