package dev.tenantsim.scenario.unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the quantities written in scenario files: durations ("250ms", "2h", "90d"), percentages
 * ("99.95%"), rates ("100/s"), sizes ("2.8TB") and IO counts ("2ops"). Numbers go through
 * {@link BigDecimal} so "0.1%" becomes exactly the double nearest 0.001, as the literal would in
 * code. Errors carry the rule that was broken, with an example of what is allowed.
 */
public final class Units {
    public static final String DURATION_UNITS = "ms, s, min (or m), h, d, w, y";
    public static final String DURATION_EXAMPLE = "a duration such as 250ms, 30s, 15m, 6h, 5h50m or 90d";
    /** How the parts of a compound duration ("5h50m") are written. */
    public static final String COMPOUND_RULE = "write each unit once, largest first, e.g. 5h50m or 1h30m15s";
    public static final String PERCENT_EXAMPLE = "a percentage, e.g. 1% or 99.95%";
    public static final String RATE_EXAMPLE = "a rate, e.g. 100/s, 10/min or 3600/h";
    public static final String SIZE_EXAMPLE = "a size, e.g. 500MB, 256GB or 2.8TB";
    public static final String OPS_EXAMPLE = "a number of IO operations, e.g. 2ops or 2";

    /** Regular expressions used by the published JSON Schema (kept next to the parsers). */
    public static final String DURATION_PATTERN = durationPattern();
    public static final String PERCENT_PATTERN = "^[0-9]+(\\.[0-9]+)?\\s*%$";
    public static final String RATE_PATTERN = "^[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?\\s*/\\s*(s|sec|m|min|h|d)$";
    public static final String SIZE_PATTERN = "^[0-9]+(\\.[0-9]+)?\\s*(B|KB|MB|GB|TB|PB|KiB|MiB|GiB|TiB)$";

    private static final Pattern QUANTITY = Pattern.compile("^\\s*([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*([A-Za-z%/]*[A-Za-z%]?)\\s*$");
    /** One part of a duration: a number and its unit ("5h" of "5h50m"); the unit may be missing, to say so. */
    private static final Pattern DURATION_PART = Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*([A-Za-z]*)");
    private static final Pattern RATE = Pattern.compile("^\\s*([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*/\\s*([A-Za-z]+)\\s*$");

    private static final Map<String, BigDecimal> SECONDS_PER = Map.ofEntries(
            Map.entry("ns", new BigDecimal("1e-9")), Map.entry("us", new BigDecimal("1e-6")),
            Map.entry("ms", new BigDecimal("0.001")), Map.entry("s", BigDecimal.ONE), Map.entry("sec", BigDecimal.ONE),
            Map.entry("m", BigDecimal.valueOf(60)), Map.entry("min", BigDecimal.valueOf(60)),
            Map.entry("h", BigDecimal.valueOf(3600)), Map.entry("d", BigDecimal.valueOf(86_400)),
            Map.entry("w", BigDecimal.valueOf(604_800)), Map.entry("y", BigDecimal.valueOf(31_536_000)));
    private static final Map<String, BigDecimal> BYTES_PER = Map.ofEntries(
            Map.entry("B", BigDecimal.ONE), Map.entry("KB", new BigDecimal("1e3")), Map.entry("MB", new BigDecimal("1e6")),
            Map.entry("GB", new BigDecimal("1e9")), Map.entry("TB", new BigDecimal("1e12")), Map.entry("PB", new BigDecimal("1e15")),
            Map.entry("KiB", BigDecimal.valueOf(1L << 10)), Map.entry("MiB", BigDecimal.valueOf(1L << 20)),
            Map.entry("GiB", BigDecimal.valueOf(1L << 30)), Map.entry("TiB", BigDecimal.valueOf(1L << 40)));

    private Units() {
    }

    /**
     * The published pattern of a duration: one or more parts, each unit at most once and largest
     * first, as {@link #duration} reads them (units in lower case).
     */
    private static String durationPattern() {
        String number = "[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?\\s*";
        StringBuilder b = new StringBuilder("^(?=\\s*[0-9])");
        for (String unit : new String[] {"y", "w", "d", "h", "min|m", "sec|s", "ms", "us", "ns"}) {
            b.append("(\\s*").append(number).append('(').append(unit).append("))?");
        }
        return b.append("$").toString();
    }

    /**
     * "250ms", "90d", or a compound duration as Go's {@code time.ParseDuration} and Kubernetes write
     * them: "5h50m", "1h30m15s", "2d12h". Each part is a number and a unit; the units of a compound
     * come largest first, each once ("5m2h" and "5h5h" are errors), and the parts add up.
     */
    public static Duration duration(String text) throws UnitException {
        String t = text.trim();
        boolean negative = t.startsWith("-");
        String body = negative || t.startsWith("+") ? t.substring(1) : t;
        Matcher m = DURATION_PART.matcher(body);
        BigDecimal seconds = BigDecimal.ZERO;
        BigDecimal previous = null;
        String previousUnit = null;
        int at = 0;
        while (at < body.length() || previous == null) {
            if (!m.region(at, body.length()).lookingAt()) {
                throw new UnitException("must be " + DURATION_EXAMPLE);
            }
            String unit = m.group(2);
            if (unit.isEmpty()) {
                throw new UnitException(previous == null
                        ? "needs a unit (" + DURATION_UNITS + "), e.g. " + t + "ms or " + t + "s"
                        : "needs a unit after " + m.group(1) + " (" + DURATION_UNITS + "), e.g. " + t + "m");
            }
            BigDecimal per = secondsPer(unit);
            if (previous != null && per.compareTo(previous) >= 0) {
                throw new UnitException((unit.equals(previousUnit) ? "has '" + unit + "' twice" : "has '" + unit + "' after '" + previousUnit + "'")
                        + "; " + COMPOUND_RULE);
            }
            seconds = seconds.add(number(m.group(1), DURATION_EXAMPLE).multiply(per));
            previous = per;
            previousUnit = unit;
            at = m.end();
        }
        if (negative && seconds.signum() > 0) {
            throw new UnitException("must not be negative");
        }
        if (seconds.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 1_000_000_000L)) > 0) {
            throw new UnitException("is too long to represent");
        }
        BigDecimal nanos = seconds.movePointRight(9).setScale(0, RoundingMode.HALF_EVEN);
        return Duration.ofNanos(nanos.longValueExact());
    }

    private static BigDecimal secondsPer(String unit) throws UnitException {
        BigDecimal per = SECONDS_PER.get(unit);
        if (per == null) {
            per = SECONDS_PER.get(unit.toLowerCase(Locale.ROOT));
        }
        if (per == null) {
            throw new UnitException("has an unknown duration unit '" + unit + "'; allowed units: " + DURATION_UNITS);
        }
        return per;
    }

    /** "70%" → 0.7 (a fraction). */
    public static double percent(String text) throws UnitException {
        String t = text.trim();
        if (!t.endsWith("%")) {
            throw new UnitException("must be " + PERCENT_EXAMPLE + " (write the % sign)");
        }
        BigDecimal n = number(t.substring(0, t.length() - 1).trim(), PERCENT_EXAMPLE);
        return n.movePointLeft(2).doubleValue();
    }

    /** "100/s" → 100 per second. */
    public static Rate rate(String text) throws UnitException {
        Matcher m = RATE.matcher(text);
        if (!m.matches()) {
            throw new UnitException("must be " + RATE_EXAMPLE);
        }
        BigDecimal n = number(m.group(1), RATE_EXAMPLE);
        BigDecimal per = SECONDS_PER.get(m.group(2).toLowerCase(Locale.ROOT));
        if (per == null || per.compareTo(BigDecimal.ONE) < 0 || "w".equals(m.group(2)) || "y".equals(m.group(2))) {
            throw new UnitException("has an unknown rate unit '/" + m.group(2) + "'; allowed: /s, /min, /h, /d");
        }
        if (n.signum() < 0) {
            throw new UnitException("must not be negative");
        }
        return new Rate(n.divide(per, java.math.MathContext.DECIMAL64).doubleValue());
    }

    /** "2.8TB" → bytes. */
    public static DataSize size(String text) throws UnitException {
        Matcher m = QUANTITY.matcher(text);
        if (!m.matches()) {
            throw new UnitException("must be " + SIZE_EXAMPLE);
        }
        BigDecimal n = number(m.group(1), SIZE_EXAMPLE);
        String unit = m.group(2);
        if (unit.isEmpty()) {
            throw new UnitException("needs a unit (B, KB, MB, GB, TB, PB or KiB..TiB), e.g. " + text.trim() + "GB");
        }
        BigDecimal per = BYTES_PER.get(unit);
        if (per == null) {
            throw new UnitException("has an unknown size unit '" + unit + "'; allowed: B, KB, MB, GB, TB, PB, KiB, MiB, GiB, TiB");
        }
        if (n.signum() < 0) {
            throw new UnitException("must not be negative");
        }
        BigDecimal bytes = n.multiply(per).setScale(0, RoundingMode.HALF_EVEN);
        if (bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new UnitException("is too large to represent");
        }
        return new DataSize(bytes.longValueExact());
    }

    /** "2ops" or "2" → 2.0 IO operations. */
    public static double ioOps(String text) throws UnitException {
        String t = text.trim();
        if (t.endsWith("ops")) {
            t = t.substring(0, t.length() - 3).trim();
        }
        return number(t, OPS_EXAMPLE).doubleValue();
    }

    /** A plain decimal number (YAML's .nan and .inf are not numbers here). */
    public static BigDecimal number(String text, String expected) throws UnitException {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new UnitException("must be " + expected);
        }
    }

    /** A duration written back the way a user would: "250ms", "2h", "90d". */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (d.toNanos() % 1_000_000 != 0 || ms == 0) {
            return d.toNanos() + "ns";
        }
        long[] sizes = {31_536_000_000L, 86_400_000L, 3_600_000L, 60_000L, 1000L};
        String[] names = {"y", "d", "h", "min", "s"};
        for (int i = 0; i < sizes.length; i++) {
            if (ms % sizes[i] == 0) {
                return ms / sizes[i] + names[i];
            }
        }
        return ms + "ms";
    }
}
