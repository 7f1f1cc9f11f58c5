package dev.tenantsim.workload.trace;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one trace format, streaming rows to a {@link TraceSink}. One sub-package per format
 * (Caffeine simulator style); {@link TraceReaderRegistry} finds them by name.
 */
public interface TraceReader {
    /** The format's name in YAML and on the command line, e.g. {@code "bitbrains"}. */
    String name();

    /**
     * Reads {@code path} (a file, or a directory of files for formats with one file per VM).
     *
     * @throws TraceFormatException on a bad header, or on a bad row under {@link BadRowPolicy#STRICT}
     * @throws IOException          when the file cannot be read
     */
    TraceReadReport read(Path path, TraceOptions options, TraceSink sink) throws IOException;
}
