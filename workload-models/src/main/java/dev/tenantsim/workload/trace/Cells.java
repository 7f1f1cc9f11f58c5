package dev.tenantsim.workload.trace;

import java.nio.file.Path;

/**
 * Validation shared by every reader, so every reader rejects bad cells with the same words:
 * {@code value (x) must be a finite number >= 0}.
 */
public final class Cells {
    private Cells() {
    }

    /** Parses a metric cell; empty means "not measured" (NaN). Throws a located error otherwise. */
    public static double metric(String cell, Path file, long line, int column, String columnName) {
        String s = cell.trim();
        if (s.isEmpty()) {
            return Double.NaN;
        }
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new TraceFormatException(file, line, column, columnName, BadRowCause.NOT_A_NUMBER,
                    "value (" + s + ") must be a number");
        }
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new TraceFormatException(file, line, column, columnName, BadRowCause.NAN_OR_INFINITE,
                    "value (" + s + ") must be a finite number >= 0");
        }
        if (v < 0) {
            throw new TraceFormatException(file, line, column, columnName, BadRowCause.NEGATIVE,
                    "value (" + s + ") must be a finite number >= 0");
        }
        return v;
    }

    /** A row split by a delimiter other than {@code expected}: which one it looks like, or null. */
    public static String foreignDelimiter(String row, char expected) {
        for (char c : new char[] {',', ';', '\t', '|'}) {
            if (c != expected && row.indexOf(c) >= 0) {
                return c == '\t' ? "tab" : "'" + c + "'";
            }
        }
        return null;
    }

    /** Human name of a delimiter for messages. */
    public static String name(char delimiter) {
        return delimiter == '\t' ? "tab" : "'" + delimiter + "'";
    }
}
