package dev.tenantsim.scenario.sweep;

import dev.tenantsim.scenario.ScenarioException;
import dev.tenantsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A scenario file as text, with the name its messages use and the folder its relative paths
 * (traces, price books, OpenSLO documents) are resolved from: what a task needs to rebuild the
 * scenario on another machine. The files it names are not carried: on a cluster they are shipped
 * beside the task or read from a shared folder ({@link #withBaseDir}).
 */
public record ScenarioText(String sourceName, String text, String baseDir) implements Serializable {
    public ScenarioText {
        if (sourceName == null || text == null || baseDir == null) {
            throw new IllegalArgumentException("sourceName, text and baseDir (null) must be given");
        }
    }

    /** A file path, or a bundled scenario name, as {@link ScenarioLoader#read} resolves it. */
    public static ScenarioText of(String pathOrName) {
        ScenarioLoader.Source src = ScenarioLoader.read(pathOrName);
        Path p = Path.of(pathOrName);
        String text;
        if (src.name().endsWith("(bundled)")) {
            String name = pathOrName.endsWith(".yaml") ? pathOrName.substring(0, pathOrName.length() - 5) : pathOrName;
            text = ScenarioLoader.bundledText(name);
        } else {
            try {
                text = Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw ScenarioException.of(src.name(), "cannot be read (" + e.getMessage() + ")");
            }
        }
        return new ScenarioText(src.name(), text, src.baseDir().toString());
    }

    /** The same text with relative paths resolved from {@code dir} (a shared folder, or where the files were shipped). */
    public ScenarioText withBaseDir(Path dir) {
        return new ScenarioText(sourceName, text, dir.toString());
    }

    /** The text as a tree, located for messages. */
    public ScenarioLoader.Source source() {
        return new ScenarioLoader.Source(sourceName, ScenarioLoader.parseTree(text, sourceName), Path.of(baseDir));
    }
}
