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

    /**
     * Splits a data row by {@code delimiter} and checks its cell count, so every reader words a
     * wrong delimiter and a wrong column count the same way.
     *
     * @param delimiterWords how the expected delimiter reads in a message, e.g. {@code "','"}
     * @param expectedDetail what "expected" is followed by in the count message, e.g. {@code "3 (a,b,c)"}
     */
    public static String[] splitRow(String row, char delimiter, String delimiterWords, int expectedCells,
            String expectedDetail, Path file, long line) {
        String[] c = row.split(String.valueOf(delimiter), -1);
        if (c.length != expectedCells) {
            String d = foreignDelimiter(row, delimiter);
            if (c.length == 1 && d != null) {
                throw new TraceFormatException(file, line, 0, null, BadRowCause.WRONG_DELIMITER,
                        "row is separated by " + d + "; expected " + delimiterWords);
            }
            throw new TraceFormatException(file, line, Math.min(c.length, expectedCells) + 1, null,
                    BadRowCause.WRONG_COLUMN_COUNT, "row has " + c.length + " cells; expected " + expectedDetail);
        }
        return c;
    }
}
