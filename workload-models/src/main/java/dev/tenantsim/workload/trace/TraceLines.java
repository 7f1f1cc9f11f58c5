package dev.tenantsim.workload.trace;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipException;

/**
 * The lines of a trace file, streamed, with their 1-based numbers; a gzip file (recognised by its
 * magic bytes, whatever its name) is decompressed on the fly. A gzip stream that is cut off or
 * corrupt becomes a located {@link BadRowCause#TRUNCATED} error at the line where it ends, not a
 * bare {@code EOFException}.
 */
public final class TraceLines implements Closeable {
    private final Path file;
    private final BufferedReader in;
    private long line;

    private TraceLines(Path file, BufferedReader in) {
        this.file = file;
        this.in = in;
    }

    public static TraceLines open(Path file) throws IOException {
        return new TraceLines(file, new BufferedReader(new InputStreamReader(TraceFiles.open(file), StandardCharsets.UTF_8)));
    }

    /** The next line, or {@code null} at the end of the file. */
    public String next() throws IOException {
        String s;
        try {
            s = in.readLine();
        } catch (EOFException | ZipException e) {
            throw truncated(file, line + 1, e);
        }
        if (s != null) {
            line++;
        }
        return s;
    }

    /**
     * The next line, or {@code null} at the end; a gzip stream that ends early is a bad row given
     * to {@code report} (thrown when strict, counted when lenient) and ends the file.
     */
    public String next(TraceReadReport.Builder report) throws IOException {
        try {
            return next();
        } catch (TraceFormatException e) {
            report.rowRead();
            report.reject(e);
            return null;
        }
    }

    /**
     * The next line that is not blank, counted as a row read in {@code report}, or {@code null}
     * at the end (a truncated gzip as in {@link #next(TraceReadReport.Builder)}).
     */
    public String nextRow(TraceReadReport.Builder report) throws IOException {
        String s;
        while ((s = next(report)) != null) {
            if (!s.isBlank()) {
                report.rowRead();
                return s;
            }
        }
        return null;
    }

    /** Number of the line last returned (0 before the first). */
    public long line() {
        return line;
    }

    /** The error of a gzip stream that ends early or is corrupt, located at {@code line}. */
    public static TraceFormatException truncated(Path file, long line, IOException cause) {
        return new TraceFormatException(file, line, 0, null, BadRowCause.TRUNCATED,
                "gzip data ends early or is corrupt (" + cause.getMessage() + "); expected a complete .gz file");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
