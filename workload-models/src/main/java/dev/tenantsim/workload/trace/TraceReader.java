package dev.tenantsim.workload.trace;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one trace format, streaming rows to a {@link TraceSink}. One sub-package per format
 * (Caffeine simulator style); a reader names, describes and recognises its own format, so a new
 * format is one class and one line in {@link TraceReaderRegistry}.
 */
public interface TraceReader {
    /** The format's name in YAML and on the command line, e.g. {@code "bitbrains"}. */
    String name();

    /** One line for {@code tenantsim list trace-formats}: what the format's files hold. */
    String description();

    /**
     * Whether a file whose first line is {@code header} (trimmed, in lower case with
     * {@code Locale.ROOT}) is in this format, so that a trace can be read without naming its
     * format. No two registered readers may claim the same line.
     */
    boolean recognises(String header);

    /**
     * Reads {@code path} (a file, or a directory of files for formats with one file per VM).
     *
     * @throws TraceFormatException on a bad header, or on a bad row under {@link BadRowPolicy#STRICT}
     * @throws IOException          when the file cannot be read
     */
    TraceReadReport read(Path path, TraceOptions options, TraceSink sink) throws IOException;
}
