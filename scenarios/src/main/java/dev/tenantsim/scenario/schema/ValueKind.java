package dev.tenantsim.scenario.schema;

import dev.tenantsim.scenario.unit.DataSize;
import dev.tenantsim.scenario.unit.Rate;
import dev.tenantsim.scenario.unit.UnitException;
import dev.tenantsim.scenario.unit.Units;
import dev.tenantsim.scenario.yaml.YScalar;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The kinds of scalar a scenario holds, each with how it is written, how it is converted, and the
 * number its range is checked on ({@link #magnitude}: seconds, fraction, per second, bytes...).
 */
public enum ValueKind {
    STRING("text"),
    NAME("a name of letters, digits, '-', '_' or '.', e.g. megacorp or pro-eu"),
    INTEGER("a whole number"),
    COUNT("a whole number"),
    NUMBER("a number"),
    DURATION(Units.DURATION_EXAMPLE),
    PERCENT(Units.PERCENT_EXAMPLE),
    RATE(Units.RATE_EXAMPLE),
    SIZE(Units.SIZE_EXAMPLE),
    IO_OPS(Units.OPS_EXAMPLE),
    MONEY("an amount of money per month, e.g. 400 or 47000.50"),
    TIMESTAMP("a date-time with a zone offset, e.g. 2025-03-17T10:00Z"),
    CLOCK("a time of day in quotes, e.g. \"10:42\""),
    MOMENT("a time from the horizon's start, e.g. 2h30m, or a date-time with a zone offset, e.g. 2025-03-17T10:00Z"),
    BOOLEAN("true or false"),
    CHOICE("one of the listed names"),
    PATH("a file path, relative to the scenario file");

    private static final Pattern NAME_PATTERN = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]*$");

    private final String expected;

    ValueKind(String expected) {
        this.expected = expected;
    }

    /** What a value of this kind looks like, for error messages. */
    public String expected() {
        return expected;
    }

    /** Converts a scalar to its Java value, or explains what is wrong with it. */
    Object convert(YScalar s) throws UnitException {
        if (s.type() == YScalar.Type.NULL) {
            throw new UnitException("must be " + expected + ", not empty");
        }
        if (s.type() == YScalar.Type.TYPED) {
            return checkTyped(s.typed());
        }
        String t = s.text();
        switch (this) {
            case STRING:
                return t;
            case NAME:
                if (s.type() != YScalar.Type.STRING && s.type() != YScalar.Type.INTEGER || !NAME_PATTERN.matcher(t).matches()) {
                    throw new UnitException("must be " + expected);
                }
                return t;
            case INTEGER:
            case COUNT:
                if (s.type() != YScalar.Type.INTEGER) {
                    throw new UnitException(s.type() == YScalar.Type.FLOAT ? "must be a whole number" : "must be " + expected);
                }
                try {
                    return Long.parseLong(t.replace("_", ""));
                } catch (NumberFormatException e) {
                    throw new UnitException("must be a whole number between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE);
                }
            case NUMBER:
                if (s.type() != YScalar.Type.INTEGER && s.type() != YScalar.Type.FLOAT) {
                    throw new UnitException("must be " + expected);
                }
                return Units.number(t, expected).doubleValue();
            case MONEY:
                if (s.type() != YScalar.Type.INTEGER && s.type() != YScalar.Type.FLOAT) {
                    throw new UnitException("must be " + expected);
                }
                return Units.number(t, expected).stripTrailingZeros();
            case DURATION:
                return Units.duration(t);
            case PERCENT:
                return Units.percent(t);
            case RATE:
                return Units.rate(t);
            case SIZE:
                return Units.size(t);
            case IO_OPS:
                return Units.ioOps(t);
            case TIMESTAMP:
                try {
                    return OffsetDateTime.parse(t);
                } catch (DateTimeParseException e) {
                    throw new UnitException("must be " + expected);
                }
            case MOMENT:
                if (t.length() > 10 && Character.isDigit(t.charAt(0)) && t.charAt(4) == '-') {
                    try {
                        return OffsetDateTime.parse(t);
                    } catch (DateTimeParseException e) {
                        throw new UnitException("must be " + expected);
                    }
                }
                return Units.duration(t);
            case CLOCK:
                try {
                    return LocalTime.parse(t);
                } catch (DateTimeParseException e) {
                    throw new UnitException("must be " + expected);
                }
            case BOOLEAN:
                if (s.type() != YScalar.Type.BOOLEAN) {
                    throw new UnitException("must be " + expected);
                }
                return Boolean.parseBoolean(t);
            case CHOICE:
                return t;
            case PATH:
                if (t.isBlank()) {
                    throw new UnitException("must be " + expected);
                }
                return Path.of(t);
            default:
                throw new IllegalStateException(name());
        }
    }

    private Object checkTyped(Object v) throws UnitException {
        boolean ok = switch (this) {
            case STRING, NAME, CHOICE -> v instanceof String;
            case INTEGER, COUNT -> v instanceof Long;
            case NUMBER, PERCENT, IO_OPS -> v instanceof Double;
            case MONEY -> v instanceof BigDecimal;
            case DURATION -> v instanceof Duration;
            case RATE -> v instanceof Rate;
            case SIZE -> v instanceof DataSize;
            case TIMESTAMP -> v instanceof OffsetDateTime;
            case CLOCK -> v instanceof LocalTime;
            case MOMENT -> v instanceof Duration || v instanceof OffsetDateTime;
            case BOOLEAN -> v instanceof Boolean;
            case PATH -> v instanceof Path;
        };
        if (!ok) {
            throw new UnitException("must be " + expected + " (got a " + v.getClass().getSimpleName() + ")");
        }
        if (this == NAME && !NAME_PATTERN.matcher((String) v).matches()) {
            throw new UnitException("must be " + expected);
        }
        return this == MONEY ? ((BigDecimal) v).stripTrailingZeros() : v;
    }

    /** The number a range is checked on, in the kind's base unit; NaN when there is none. */
    static double magnitude(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof Duration d) {
            return d.toNanos() / 1e9;
        }
        if (v instanceof Rate r) {
            return r.perSecond();
        }
        if (v instanceof DataSize s) {
            return s.bytes();
        }
        if (v instanceof BigDecimal b) {
            return b.doubleValue();
        }
        return Double.NaN;
    }
}
