package dev.tenantsim.scenario.schema;

import dev.tenantsim.scenario.unit.UnitException;
import dev.tenantsim.scenario.yaml.YList;
import dev.tenantsim.scenario.yaml.YMap;
import dev.tenantsim.scenario.yaml.YNode;
import dev.tenantsim.scenario.yaml.YScalar;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a tree against a {@link Shape}: unknown keys (with did-you-mean), missing required keys,
 * wrong types, units and ranges. Converted scalar values are stored on the nodes for the binder.
 * Never stops at the first problem.
 */
public final class SchemaValidator {
    private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]*$");

    private final Problems problems;

    public SchemaValidator(Problems problems) {
        this.problems = problems;
    }

    public void validate(YNode node, Shape shape, String path) {
        if (shape instanceof ObjectShape o) {
            object(node, o, path);
        } else if (shape instanceof MapShape m) {
            map(node, m, path);
        } else if (shape instanceof ListShape l) {
            list(node, l, path);
        } else {
            scalar(node, (ScalarShape) shape, path);
        }
    }

    private void object(YNode node, ObjectShape shape, String path) {
        if (!(node instanceof YMap map)) {
            problems.add(node, path, node.describe(), "must be a mapping with keys " + String.join(", ", shape.fields().keySet()));
            return;
        }
        for (YMap.Entry e : map.entries()) {
            Field f = shape.fields().get(e.key());
            String child = join(path, e.key());
            if (f == null) {
                problems.add(e.value(), e.keyLocation(), child, "unknown key '" + e.key() + "'", Suggest.hint(e.key(), shape.fields().keySet()));
            } else {
                validate(e.value(), f.shape(), child);
            }
        }
        for (Field f : shape.fields().values()) {
            if (f.required() && !map.has(f.name())) {
                String what = path.isEmpty() ? "section" : "key";
                problems.add(map, path, "", "missing required " + what + " '" + f.name() + "' (" + f.shape().doc() + ")");
            }
        }
    }

    private void map(YNode node, MapShape shape, String path) {
        if (!(node instanceof YMap map)) {
            problems.add(node, path, node.describe(), "must be a mapping from " + shape.keyDoc() + " to " + shape.values().doc());
            return;
        }
        if (map.size() < shape.minEntries()) {
            problems.add(map, path, "no entries", "must have at least " + shape.minEntries() + " " + shape.keyDoc());
        }
        for (YMap.Entry e : map.entries()) {
            String child = join(path, e.key());
            if (!KEY.matcher(e.key()).matches()) {
                problems.add(e.value(), e.keyLocation(), child, "'" + e.key() + "'", "a " + shape.keyDoc() + " must use letters, digits, '-', '_' or '.'");
            }
            validate(e.value(), shape.values(), child);
        }
    }

    private void list(YNode node, ListShape shape, String path) {
        if (!(node instanceof YList list)) {
            problems.add(node, path, node.describe(), "must be a list of " + shape.items().doc());
            return;
        }
        if (list.items().size() < shape.minItems()) {
            problems.add(list, path, "an empty list", "must have at least " + shape.minItems() + " item" + (shape.minItems() == 1 ? "" : "s"));
        }
        List<YNode> items = list.items();
        for (int i = 0; i < items.size(); i++) {
            validate(items.get(i), shape.items(), path + "[" + i + "]");
        }
    }

    private void scalar(YNode node, ScalarShape shape, String path) {
        if (!(node instanceof YScalar s)) {
            problems.add(node, path, node.describe(), "must be " + (shape.kind() == ValueKind.CHOICE ? "one of: " + String.join(", ", shape.allowed()) : shape.kind().expected()));
            return;
        }
        Object value;
        try {
            value = shape.kind().convert(s);
        } catch (UnitException e) {
            problems.add(s, path, s.describe(), e.getMessage());
            return;
        }
        if (shape.kind() == ValueKind.CHOICE && !shape.allowed().contains((String) value)) {
            problems.add(s, path, s.describe(), "is not a known name; " + Suggest.hint((String) value, shape.allowed()));
            return;
        }
        double m = ValueKind.magnitude(value);
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            problems.add(s, path, s.describe(), "must be a finite number");
            return;
        }
        if (!Double.isNaN(m)) {
            boolean lowOk = shape.minExclusive() ? m > shape.min() : m >= shape.min();
            if (!lowOk) {
                problems.add(s, path, s.describe(), below(shape));
                return;
            }
            if (!(m <= shape.max())) {
                problems.add(s, path, s.describe(), "must be at most " + (shape.maxText() != null ? shape.maxText() : num(shape.max())));
                return;
            }
        }
        s.parsed(value);
    }

    private static String below(ScalarShape shape) {
        if (shape.kind() == ValueKind.COUNT) {
            if (shape.min() == 1) {
                return "must be a positive integer";
            }
            if (shape.min() == 0) {
                return "must be a non-negative integer";
            }
        }
        String min = shape.minText() != null ? shape.minText() : num(shape.min());
        if (shape.minExclusive()) {
            return shape.min() == 0 && shape.kind() == ValueKind.NUMBER ? "must be a positive number" : "must be greater than " + min;
        }
        return "must be at least " + min;
    }

    private static String num(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
