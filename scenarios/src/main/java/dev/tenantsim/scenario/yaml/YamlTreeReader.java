package dev.tenantsim.scenario.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads YAML into a {@link YNode} tree with the line and column of every key and value, using
 * Jackson's streaming YAML parser. Duplicate keys (which YAML parsers silently resolve to the
 * last one) are reported, because a duplicated tier or tenant is almost always a mistake.
 */
public final class YamlTreeReader {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    /** A problem found while reading: where, the path, and what is wrong. */
    public record ReadProblem(Location location, String path, String found, String rule) {
    }

    /** The tree (null when the text is not readable YAML) and the problems met. */
    public record Result(YNode root, List<ReadProblem> problems) {
    }

    private final List<ReadProblem> problems = new ArrayList<>();

    private YamlTreeReader() {
    }

    public static Result read(String text) {
        YamlTreeReader r = new YamlTreeReader();
        YNode root = null;
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                r.problems.add(new ReadProblem(new Location(1, 1), "", "an empty file", "a scenario needs at least name, horizon, tiers, tenants, request and topology"));
                return new Result(null, r.problems);
            }
            root = r.readValue(p, "");
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            Location loc = l == null ? new Location(1, 1) : new Location(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
            r.problems.add(new ReadProblem(loc, "", "text that is not valid YAML", firstLine(e.getOriginalMessage())));
            return new Result(null, r.problems);
        } catch (IOException e) {
            r.problems.add(new ReadProblem(new Location(1, 1), "", "unreadable text", firstLine(e.getMessage())));
            return new Result(null, r.problems);
        }
        return new Result(root, r.problems);
    }

    private YNode readValue(JsonParser p, String path) throws IOException {
        Location here = loc(p.currentTokenLocation());
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                YMap map = new YMap(here);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Location keyLoc = loc(p.currentTokenLocation());
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    p.nextToken();
                    YNode value = readValue(p, childPath);
                    if (map.has(key)) {
                        problems.add(new ReadProblem(keyLoc, childPath, "a second '" + key + "'",
                                "each key may appear once; the first is at line " + map.entry(key).keyLocation().line()));
                    } else {
                        map.put(key, keyLoc, value);
                    }
                }
                return map;
            }
            case START_ARRAY -> {
                YList list = new YList(here);
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(readValue(p, path + "[" + i++ + "]"));
                }
                return list;
            }
            case VALUE_STRING -> {
                return new YScalar(here, p.getText(), YScalar.Type.STRING);
            }
            case VALUE_NUMBER_INT -> {
                return new YScalar(here, p.getText(), YScalar.Type.INTEGER);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new YScalar(here, p.getText(), YScalar.Type.FLOAT);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new YScalar(here, p.getText(), YScalar.Type.BOOLEAN);
            }
            case VALUE_NULL -> {
                return new YScalar(here, "null", YScalar.Type.NULL);
            }
            default -> {
                // Embedded objects and other tokens do not occur in YAML text; keep the text.
                return new YScalar(here, p.getText(), YScalar.Type.STRING);
            }
        }
    }

    private static Location loc(JsonLocation l) {
        return new Location(l.getLineNr(), l.getColumnNr());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "the YAML parser gave no reason";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
