package dev.tenantsim.workload.generator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A typed, validating view of a generator's YAML parameters. Errors read "field (value) rule" with
 * the path {@code generators.<name>.<key>}.
 */
public final class GeneratorParams {
    private final String path;
    private final Map<String, ?> values;

    public GeneratorParams(String generatorName, Map<String, ?> values) {
        this.path = "generators." + generatorName;
        this.values = Map.copyOf(values);
    }

    /** Fails on any key not in {@code allowed}, listing the valid ones. */
    public GeneratorParams allowOnly(String... allowed) {
        Set<String> ok = Set.of(allowed);
        for (String k : values.keySet()) {
            if (!ok.contains(k)) {
                throw new IllegalArgumentException(path + "." + k + " is not a parameter of this generator; valid: "
                        + new TreeSet<>(ok));
            }
        }
        return this;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public double number(String key, double dflt) {
        Object v = values.get(key);
        if (v == null) {
            return dflt;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(v.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(path + "." + key + " (" + v + ") must be a number");
        }
    }

    public double positive(String key, double dflt) {
        double v = number(key, dflt);
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(path + "." + key + " (" + fmt(v) + ") must be a positive number");
        }
        return v;
    }

    public double nonNegative(String key, double dflt) {
        double v = number(key, dflt);
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(path + "." + key + " (" + fmt(v) + ") must be a number >= 0");
        }
        return v;
    }

    public double fraction(String key, double dflt) {
        double v = number(key, dflt);
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(path + "." + key + " (" + fmt(v) + ") must be in [0, 1]");
        }
        return v;
    }

    public double inRange(String key, double dflt, double lo, double hiExclusive) {
        double v = number(key, dflt);
        if (!(v >= lo && v < hiExclusive)) {
            throw new IllegalArgumentException(path + "." + key + " (" + fmt(v) + ") must be in [" + fmt(lo) + ", "
                    + fmt(hiExclusive) + ")");
        }
        return v;
    }

    public int positiveInt(String key, int dflt) {
        double v = number(key, dflt);
        if (!(v >= 1) || v != Math.rint(v) || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(path + "." + key + " (" + fmt(v) + ") must be a positive integer");
        }
        return (int) v;
    }

    public int nonNegativeInt(String key, int dflt) {
        double v = number(key, dflt);
        if (!(v >= 0) || v != Math.rint(v) || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(path + "." + key + " (" + fmt(v) + ") must be an integer >= 0");
        }
        return (int) v;
    }

    public String text(String key, String dflt) {
        Object v = values.get(key);
        return v == null ? dflt : v.toString();
    }

    public String oneOf(String key, String dflt, String... allowed) {
        String v = text(key, dflt);
        if (!List.of(allowed).contains(v)) {
            throw new IllegalArgumentException(path + "." + key + " (" + v + ") must be one of " + List.of(allowed));
        }
        return v;
    }

    /** A list of strings (a YAML list, or one string). */
    public List<String> texts(String key) {
        Object v = values.get(key);
        if (v == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (v instanceof Collection<?> c) {
            c.forEach(x -> out.add(x.toString()));
        } else {
            out.add(v.toString());
        }
        return out;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%s", v);
    }
}
