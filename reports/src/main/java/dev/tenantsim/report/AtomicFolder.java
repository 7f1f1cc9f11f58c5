package dev.tenantsim.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Writes a folder all at once: the contents go to a hidden temporary sibling, which is then
 * renamed to the target. A reader never sees a half-written report, and a failed run leaves
 * nothing behind. An existing folder is replaced only with {@code force}, and only if it looks
 * like a report this tool wrote (so {@code --force --out ~} cannot delete a home directory).
 */
public final class AtomicFolder {
    /** Files whose presence marks a folder as a tenantsim report. */
    static final String[] MARKERS = {"results.json", "index.html"};

    private AtomicFolder() {
    }

    /** Fills a folder. */
    @FunctionalInterface
    public interface Contents {
        void writeInto(Path folder) throws IOException;
    }

    public static Path write(Path target, boolean force, Contents contents) throws IOException {
        Path dest = target.toAbsolutePath().normalize();
        Path parent = dest.getParent();
        if (parent == null) {
            throw new ReportFolderException("report folder (" + target + ") must not be a file-system root");
        }
        checkTarget(target, dest, force);
        Files.createDirectories(parent);
        String name = dest.getFileName().toString();
        Path tmp = Files.createTempDirectory(parent, "." + name + ".tmp-");
        try {
            contents.writeInto(tmp);
            if (Files.exists(dest)) {
                Path old = Files.createTempDirectory(parent, "." + name + ".old-");
                Files.delete(old);
                move(dest, old);
                move(tmp, dest);
                deleteRecursively(old);
            } else {
                move(tmp, dest);
            }
        } catch (IOException | RuntimeException e) {
            deleteRecursively(tmp);
            throw e;
        }
        return dest;
    }

    /**
     * Fails now, with the message {@link #write} would give, if {@code target} cannot be written
     * (so a long run is not wasted on an output folder that will be refused).
     */
    public static void check(Path target, boolean force) throws IOException {
        checkTarget(target, target.toAbsolutePath().normalize(), force);
    }

    private static void checkTarget(Path target, Path dest, boolean force) throws IOException {
        if (!Files.exists(dest)) {
            return;
        }
        if (!Files.isDirectory(dest)) {
            throw new ReportFolderException("report folder (" + target + ") exists and is a file; choose another --out");
        }
        if (!force) {
            throw new ReportFolderException("report folder (" + target + ") already exists; pass --force to replace it, or choose another --out");
        }
        boolean empty;
        try (Stream<Path> s = Files.list(dest)) {
            empty = s.findAny().isEmpty();
        }
        boolean isReport = false;
        for (String m : MARKERS) {
            isReport |= Files.isRegularFile(dest.resolve(m));
        }
        if (!empty && !isReport) {
            throw new ReportFolderException("report folder (" + target + ") exists and is not a tenantsim report "
                    + "(no results.json or index.html); --force only replaces reports, choose another --out");
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
