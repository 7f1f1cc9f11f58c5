package dev.tenantsim.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The server's work folder: {@code uploads/} holds validated uploaded scenarios, {@code runs/} one
 * report folder per run. Every path the server serves or writes is resolved here and checked to
 * stay inside ({@link #inside}); a new report folder never replaces an existing one.
 */
final class WorkFolder {
    private final Path root;
    private final Path uploads;
    private final Path runs;

    WorkFolder(Path root) throws IOException {
        this.root = Files.createDirectories(root.toAbsolutePath().normalize()).toRealPath();
        this.uploads = Files.createDirectories(this.root.resolve("uploads"));
        this.runs = Files.createDirectories(this.root.resolve("runs"));
    }

    Path root() {
        return root;
    }

    Path uploads() {
        return uploads;
    }

    Path runs() {
        return runs;
    }

    /**
     * {@code relative} (slash-separated, as from a URL) resolved under {@code base}, or a 400 when it
     * would leave it ({@code ..}, an absolute path, a backslash, a NUL, or a link pointing outside).
     */
    static Path inside(Path base, String relative) {
        if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\") || relative.indexOf('\0') >= 0
                || relative.contains(":")) {
            throw new BadRequest(400, "path (" + relative + ") must be a relative path inside the work folder");
        }
        for (String seg : relative.split("/")) {
            if (seg.equals("..") || seg.equals(".")) {
                throw new BadRequest(400, "path (" + relative + ") may not contain '" + seg + "': files outside the work folder are not served");
            }
        }
        Path p = base.resolve(relative).normalize();
        if (!p.startsWith(base)) {
            throw new BadRequest(400, "path (" + relative + ") leaves the work folder");
        }
        try {
            if (Files.exists(p) && !p.toRealPath().startsWith(base.toRealPath())) {
                throw new BadRequest(400, "path (" + relative + ") links outside the work folder");
            }
        } catch (IOException e) {
            throw new BadRequest(404, "path (" + relative + ") cannot be read");
        }
        return p;
    }

    /** A report folder name under runs/ that does not exist yet: {@code <scenario>-whatif-<n>}. */
    synchronized String newRunFolder(String scenario, String kind) {
        String safe = scenario.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        if (safe.isEmpty()) {
            safe = "scenario";
        }
        for (int n = 1; ; n++) {
            String name = safe + "-" + kind + "-" + n;
            Path p = runs.resolve(name);
            if (!Files.exists(p)) {
                try {
                    // Reserve the name now (empty): the run writes its report into it with force, which replaces only an empty folder or a report.
                    Files.createDirectory(p);
                    return name;
                } catch (IOException e) {
                    // taken meanwhile, or not writable: try the next name
                    if (!Files.exists(p)) {
                        throw new IllegalStateException("runs folder (" + runs + ") is not writable: " + e.getMessage(), e);
                    }
                }
            }
        }
    }
}
