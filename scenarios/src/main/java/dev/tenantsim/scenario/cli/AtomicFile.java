package dev.tenantsim.scenario.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A file a command writes for the user: never over an existing one without --force, never half written. */
final class AtomicFile {
    private AtomicFile() {
    }

    /** Refuses an existing {@code file} unless {@code force}; {@code option} names the flag in the message. */
    static void checkWritable(Path file, boolean force, String option) {
        if (Files.exists(file) && !force) {
            throw new UserError(option + " (" + file + ") exists; use --force to replace it");
        }
    }

    /** Writes beside the target, then moves over it: a reader never sees half a file. */
    static void write(Path file, String text, boolean force, String option) {
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                if (force) {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new UserError(option + " (" + file + ") exists; use --force to replace it");
        } catch (IOException e) {
            throw new UserError(option + " (" + file + ") cannot be written: " + e.getMessage());
        }
    }
}
