package dev.tenantsim.scenario.yaml;

/**
 * A scalar: the text as written and what YAML made of it, or a typed value given in code.
 * Validation stores the converted value in {@link #parsed()} for the binder.
 */
public final class YScalar implements YNode {
    /** What the YAML parser recognised the scalar as. */
    public enum Type { STRING, INTEGER, FLOAT, BOOLEAN, NULL, TYPED }

    private final Location location;
    private final String text;
    private final Type type;
    private final Object typed;
    private Object parsed;

    public YScalar(Location location, String text, Type type) {
        this.location = location;
        this.text = text;
        this.type = type;
        this.typed = null;
    }

    private YScalar(Object typed) {
        this.location = Location.NONE;
        this.text = String.valueOf(typed);
        this.type = Type.TYPED;
        this.typed = typed;
    }

    /** A scalar holding a Java value (Duration, BigDecimal, Integer, ...) from the fluent API. */
    public static YScalar of(Object value) {
        return new YScalar(value);
    }

    @Override
    public Location location() {
        return location;
    }

    @Override
    public String describe() {
        return type == Type.NULL ? "nothing (null)" : text;
    }

    public String text() {
        return text;
    }

    public Type type() {
        return type;
    }

    /** The Java value given in code, or null for scalars read from a file. */
    public Object typed() {
        return typed;
    }

    public Object parsed() {
        return parsed;
    }

    public void parsed(Object value) {
        this.parsed = value;
    }
}
