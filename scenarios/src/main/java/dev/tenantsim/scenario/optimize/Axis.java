package dev.tenantsim.scenario.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One dimension of the design space: a dotted scenario path and its values in order. An axis is
 * <em>capacity-like</em> when its last key names an amount of capacity ({@link #CAPACITY_KEYS}) and its
 * values are ascending numbers: more of it never makes a figure worse, which the search uses to skip
 * points it can infer (docs/architecture.md, "Optimize").
 *
 * @param values the values written as in the file, in the order given
 */
public record Axis(String path, List<String> values, boolean capacityLike) {
    /** Keys whose larger values add capacity (nodes, cores, connections, IO, workers, shards, cells). */
    public static final Set<String> CAPACITY_KEYS = Set.of("nodes", "coresPerNode", "cores", "maxConnections", "iops", "count",
            "shards", "maxConcurrent", "cells");

    /** Most values one axis may have. */
    static final int MAX_VALUES = 1000;

    public Axis {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("path (blank) must be given");
        }
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("values (empty) must hold at least one value");
        }
    }

    /**
     * {@code PATH=RANGE}: RANGE is {@code V1,V2,...} (values as in the file), {@code LO..HI} (whole numbers,
     * step 1) or {@code LO..HI:STEP}.
     *
     * @throws IllegalArgumentException naming the option, what was found and what is allowed
     */
    public static Axis parse(String option) {
        int eq = option.indexOf('=');
        if (eq <= 0 || eq == option.length() - 1) {
            throw new IllegalArgumentException("--vary (" + option + ") must be PATH=RANGE, RANGE being V1,V2,... or LO..HI or"
                    + " LO..HI:STEP, e.g. topology.pooled.app.nodes=1..8");
        }
        String path = option.substring(0, eq).trim();
        String range = option.substring(eq + 1).trim();
        List<String> values = range.contains("..") ? wholeRange(path, range) : list(path, range);
        return new Axis(path, values, capacityKey(path) && ascendingNumbers(values));
    }

    private static List<String> list(String path, String range) {
        List<String> out = new ArrayList<>();
        for (String v : range.split(",", -1)) {
            if (v.isBlank()) {
                throw new IllegalArgumentException("--vary " + path + " (" + range + ") has an empty value; write V1,V2,...");
            }
            if (out.contains(v.trim())) {
                throw new IllegalArgumentException("--vary " + path + " (" + range + ") names " + v.trim() + " twice");
            }
            out.add(v.trim());
        }
        return out;
    }

    private static List<String> wholeRange(String path, String range) {
        String[] loHi = range.split("\\.\\.", -1);
        String[] hiStep = loHi.length == 2 ? loHi[1].split(":", -1) : new String[0];
        long lo;
        long hi;
        long step;
        try {
            if (loHi.length != 2 || hiStep.length > 2) {
                throw new NumberFormatException();
            }
            lo = Long.parseLong(loHi[0].trim());
            hi = Long.parseLong(hiStep[0].trim());
            step = hiStep.length == 2 ? Long.parseLong(hiStep[1].trim()) : 1;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--vary " + path + " (" + range + ") must be LO..HI or LO..HI:STEP with whole numbers,"
                    + " e.g. 1..8 or 2..32:2");
        }
        if (hi < lo) {
            throw new IllegalArgumentException("--vary " + path + " (" + range + ") is an empty range: " + hi + " is below " + lo);
        }
        if (step < 1) {
            throw new IllegalArgumentException("--vary " + path + " (" + range + ") step (" + step + ") must be a whole number >= 1");
        }
        if ((hi - lo) / step + 1 > MAX_VALUES) {
            throw new IllegalArgumentException("--vary " + path + " (" + range + ") has more than " + MAX_VALUES + " values");
        }
        List<String> out = new ArrayList<>();
        for (long v = lo; v <= hi; v += step) {
            out.add(Long.toString(v));
        }
        return out;
    }

    private static boolean capacityKey(String path) {
        String[] keys = path.split("\\.");
        return CAPACITY_KEYS.contains(keys[keys.length - 1]);
    }

    private static boolean ascendingNumbers(List<String> values) {
        double last = Double.NEGATIVE_INFINITY;
        for (String v : values) {
            double d;
            try {
                d = Double.parseDouble(v.toLowerCase(Locale.ROOT));
            } catch (NumberFormatException e) {
                return false;
            }
            if (!(d > last)) {
                return false;
            }
            last = d;
        }
        return true;
    }
}
