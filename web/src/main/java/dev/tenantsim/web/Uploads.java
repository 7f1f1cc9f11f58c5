package dev.tenantsim.web;

import dev.tenantsim.scenario.Problem;
import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioException;
import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.yaml.YList;
import dev.tenantsim.scenario.yaml.YMap;
import dev.tenantsim.scenario.yaml.YNode;
import dev.tenantsim.scenario.yaml.YScalar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Uploaded scenarios: YAML text, at most {@link #LIMIT} bytes, checked by the same validator as a
 * file on the command line, then kept as {@code uploads/uNNNN.yaml}. A scenario's file references
 * (trace paths, price books, OpenSLO documents) must stay inside the uploads folder, so an upload
 * can never make the server read a file elsewhere. Uploads are named by id only ({@code uNNNN}),
 * never by a name the client chose.
 */
final class Uploads {
    static final int LIMIT = 1024 * 1024;
    private static final Pattern ID = Pattern.compile("u[0-9]{4,9}");
    /** Keys whose scalar value is a file path resolved from the scenario's folder. */
    private static final Set<String> FILE_KEYS = Set.of("path", "priceBook", "openslo");

    private final Path dir;
    private int next;

    Uploads(Path dir) throws IOException {
        this.dir = dir;
        int max = 0;
        try (var s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String n = p.getFileName().toString();
                if (n.endsWith(".yaml") && ID.matcher(n.substring(0, n.length() - 5)).matches()) {
                    max = Math.max(max, Integer.parseInt(n.substring(1, n.length() - 5)));
                }
            }
        }
        next = max + 1;
    }

    /** Validates and keeps an upload; returns its id, or throws the validator's {@link ScenarioException}. */
    synchronized String add(String fileName, String yaml) throws IOException {
        String source = sourceName(fileName);
        YMap root = ScenarioLoader.parseTree(yaml, source);
        checkFileReferences(root, "", source);
        Scenario s = ScenarioLoader.fromTree(root, source, dir);
        String id = String.format(Locale.ROOT, "u%04d", next++);
        Files.writeString(dir.resolve(id + ".yaml"), yaml, StandardCharsets.UTF_8);
        return id + ":" + s.name();
    }

    /** The text of an upload by id; a 404 for an unknown id, a 400 for anything that is not an id. */
    String text(String id) throws IOException {
        if (!ID.matcher(id).matches()) {
            throw new BadRequest(400, "upload id (" + id + ") must look like u0001");
        }
        Path p = dir.resolve(id + ".yaml");
        if (!Files.isRegularFile(p)) {
            throw new BadRequest(404, "no upload " + id);
        }
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    Path dir() {
        return dir;
    }

    static String sourceName(String fileName) {
        String n = fileName == null ? "" : fileName.replaceAll("[^A-Za-z0-9._-]", "");
        return (n.isEmpty() ? "upload.yaml" : n) + " (uploaded)";
    }

    private void checkFileReferences(YNode node, String path, String source) {
        List<Problem> problems = new ArrayList<>();
        walk(node, path, problems);
        if (!problems.isEmpty()) {
            throw new ScenarioException(source, problems);
        }
    }

    private void walk(YNode node, String path, List<Problem> problems) {
        if (node instanceof YMap m) {
            for (YMap.Entry e : m.entries()) {
                String p = path.isEmpty() ? e.key() : path + "." + e.key();
                if (FILE_KEYS.contains(e.key()) && e.value() instanceof YScalar s && s.type() == YScalar.Type.STRING
                        && !stays(s.text())) {
                    problems.add(new Problem(s.location(), p, s.text(),
                            "an uploaded scenario may only name files inside the server's uploads folder (no absolute paths, no ..)"));
                }
                walk(e.value(), p, problems);
            }
        } else if (node instanceof YList l) {
            for (int i = 0; i < l.items().size(); i++) {
                walk(l.items().get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private boolean stays(String file) {
        try {
            Path p = Path.of(file);
            return !p.isAbsolute() && dir.resolve(p).normalize().startsWith(dir) && !file.contains("..");
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }
}
