package dev.tenantsim.workload.trace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Files of a trace: the file itself, or the regular files of a directory sorted by name. */
public final class TraceFiles {
    private TraceFiles() {
    }

    public static List<Path> of(Path path, String suffix) throws IOException {
        if (!Files.exists(path)) {
            throw new java.io.FileNotFoundException("trace (" + path + ") does not exist");
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> s = Files.list(path)) {
            List<Path> files = s.filter(Files::isRegularFile)
                    .filter(p -> suffix.isEmpty() || p.getFileName().toString().endsWith(suffix))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
            if (files.isEmpty()) {
                throw new java.io.FileNotFoundException("trace directory (" + path + ") has no " + (suffix.isEmpty() ? "" : "*" + suffix + " ") + "files");
            }
            return files;
        }
    }

    /** File name without its extension: the tenant id of one-file-per-VM formats. */
    public static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
