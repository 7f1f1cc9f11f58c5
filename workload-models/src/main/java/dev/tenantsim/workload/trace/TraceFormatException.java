package dev.tenantsim.workload.trace;

import java.nio.file.Path;

/**
 * A trace that does not follow its format. The message names the file, the line (1-based), the
 * column (1-based, 0 for the whole line), the column's header name when known, what was found and
 * what was expected, e.g. {@code 1.csv line 12, column 5 (CPU usage [%]): value (NaN) must be a
 * finite number >= 0}.
 */
public final class TraceFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final long line;
    private final int column;
    private final BadRowCause cause;

    public TraceFormatException(Path file, long line, int column, String columnName, BadRowCause cause, String what) {
        super(format(file, line, column, columnName, what));
        this.file = file;
        this.line = line;
        this.column = column;
        this.cause = cause;
    }

    static String format(Path file, long line, int column, String columnName, String what) {
        StringBuilder b = new StringBuilder();
        b.append(file == null ? "<stream>" : file.getFileName()).append(" line ").append(line);
        if (column > 0) {
            b.append(", column ").append(column);
            if (columnName != null && !columnName.isEmpty()) {
                b.append(" (").append(columnName).append(')');
            }
        }
        return b.append(": ").append(what).toString();
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }

    public int column() {
        return column;
    }

    public BadRowCause badRowCause() {
        return cause;
    }
}
