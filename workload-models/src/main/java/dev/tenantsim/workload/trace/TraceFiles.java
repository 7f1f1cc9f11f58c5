package dev.tenantsim.workload.trace;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

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

    /**
     * The bytes of a trace file, decompressed when it is gzip (recognised by its magic bytes
     * {@code 1f 8b}, whatever its name), buffered.
     */
    public static InputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        raw.mark(2);
        int b1 = raw.read();
        int b2 = raw.read();
        raw.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            try {
                return new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
            } catch (EOFException | ZipException e) {
                raw.close();
                throw TraceLines.truncated(file, 1, e);
            }
        }
        return raw;
    }

    /** The first line of a trace file (decompressed if gzip), or {@code null} if it is empty: for format sniffing. */
    public static String firstLine(Path file) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.ISO_8859_1))) {
            return r.readLine();
        } catch (EOFException | ZipException e) {
            throw TraceLines.truncated(file, 1, e);
        }
    }

    /** File name without its extension: the tenant id of one-file-per-VM formats. */
    public static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
