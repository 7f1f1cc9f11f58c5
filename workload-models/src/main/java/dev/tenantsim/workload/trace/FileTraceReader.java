package dev.tenantsim.workload.trace;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The simple case of {@link TraceReader}: a format read one file at a time, where a directory
 * means every file of the format in it (in name order) and the reports of the files add up.
 */
public interface FileTraceReader extends TraceReader {
    /** File-name suffix of the format's files inside a directory ({@code ""} for any file). */
    String fileSuffix();

    /** Reads one file of the format. */
    TraceReadReport readFile(Path file, TraceOptions options, TraceSink sink) throws IOException;

    @Override
    default TraceReadReport read(Path path, TraceOptions options, TraceSink sink) throws IOException {
        TraceReadReport total = null;
        for (Path f : TraceFiles.of(path, fileSuffix())) {
            TraceReadReport r = readFile(f, options, sink);
            total = total == null ? r : total.plus(r);
        }
        return total;
    }
}
