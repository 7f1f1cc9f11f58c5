package dev.tenantsim.scenario;

import dev.tenantsim.scenario.schema.Problems;
import dev.tenantsim.scenario.schema.ScenarioSchema;
import dev.tenantsim.scenario.schema.SchemaValidator;
import dev.tenantsim.scenario.schema.SemanticChecks;
import dev.tenantsim.scenario.schema.Suggest;
import dev.tenantsim.scenario.schema.Tree;
import dev.tenantsim.scenario.yaml.TreeMerge;
import dev.tenantsim.scenario.yaml.YMap;
import dev.tenantsim.scenario.yaml.YamlTreeReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reads and validates scenarios: from a file, from a bundled scenario name, from YAML text, or
 * from a tree built in code. Every problem is collected before anything is bound; a scenario with
 * problems throws one {@link ScenarioException} listing them all in file order.
 */
public final class ScenarioLoader {
    /** Classpath folder of the bundled scenarios, with an index.txt listing their names. */
    public static final String BUNDLED_DIR = "/scenarios/";
    /** Top-level sections a variant replaces whole instead of merging into. */
    static final Set<String> REPLACED_BY_VARIANTS = Set.of("topology");

    private ScenarioLoader() {
    }

    /** A scenario's source tree, before validation (used by sweeps to add grid points). */
    public record Source(String name, YMap root, Path baseDir) {
    }

    /** A file path if one exists there, else a bundled scenario of that name. */
    public static Scenario resolve(String pathOrName) {
        Source s = read(pathOrName);
        return fromTree(s.root(), s.name(), s.baseDir());
    }

    public static Scenario load(Path file) {
        return fromTree(readFile(file).root(), file.getFileName().toString(), baseDirOf(file));
    }

    /** Parses YAML text; {@code sourceName} names it in messages, {@code baseDir} resolves relative paths. */
    public static Scenario parse(String yaml, String sourceName, Path baseDir) {
        return fromTree(parseTree(yaml, sourceName), sourceName, baseDir);
    }

    /** Reads a file path, or a bundled scenario name, into a tree. */
    public static Source read(String pathOrName) {
        Path p = Path.of(pathOrName);
        if (Files.isRegularFile(p)) {
            return readFile(p);
        }
        // A bundled name wins over a folder of the same name (e.g. a report written with --out quickstart).
        String name = pathOrName.endsWith(".yaml") ? pathOrName.substring(0, pathOrName.length() - 5) : pathOrName;
        if (bundledNames().contains(name)) {
            return new Source(name + ".yaml (bundled)", parseTree(bundledText(name), name + ".yaml (bundled)"), Path.of("").toAbsolutePath());
        }
        if (Files.exists(p)) {
            return readFile(p);
        }
        String hint = pathOrName.contains("/") || pathOrName.contains("\\") ? "" : "; " + Suggest.hint(name, bundledNames()).replace("allowed:", "bundled scenarios:");
        throw ScenarioException.of(pathOrName, "no such file, and no bundled scenario of that name" + hint);
    }

    public static Source readFile(Path file) {
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw ScenarioException.of(source, "is a folder; give a scenario file (.yaml)");
        }
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ScenarioException.of(source, "is not UTF-8 text; a scenario file is YAML text");
        } catch (IOException e) {
            throw ScenarioException.of(source, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        return new Source(source, parseTree(text, source), baseDirOf(file));
    }

    /** YAML text to a tree, or a ScenarioException naming the syntax problem's line and column. */
    public static YMap parseTree(String yaml, String sourceName) {
        YamlTreeReader.Result r = YamlTreeReader.read(yaml);
        List<Problem> problems = new ArrayList<>();
        r.problems().forEach(p -> problems.add(new Problem(p.location(), p.path(), p.found(), p.rule())));
        if (r.root() != null && !(r.root() instanceof YMap)) {
            problems.add(new Problem(r.root().location(), "", r.root().describe(),
                    "a scenario file must be a mapping of sections (name, horizon, tiers, tenants, request, topology, ...)"));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(sourceName, problems);
        }
        return (YMap) r.root();
    }

    /** Validates a tree (from a file or the fluent builder) and binds it. */
    public static Scenario fromTree(YMap root, String sourceName, Path baseDir) {
        Problems problems = new Problems();
        new OpenSloImport(problems, baseDir).expand(root);
        new SchemaValidator(problems).validate(root, ScenarioSchema.ROOT, "");
        new SemanticChecks(problems, baseDir).check(root);
        YMap base = withoutVariants(root);
        List<String> names = new ArrayList<>();
        List<YMap> merged = new ArrayList<>();
        YMap variants = Tree.map(root, "variants");
        if (variants != null) {
            for (YMap.Entry e : variants.entries()) {
                if (e.value() instanceof YMap v) {
                    TreeMerge.Merged m = TreeMerge.merge(base, v, REPLACED_BY_VARIANTS);
                    Problems own = problems.scoped("variants." + e.key(), m.fromOverride()::contains);
                    // The variant's shape requires nothing; its merge over the base must be a whole scenario.
                    new SchemaValidator(own).validate(m.root(), ScenarioSchema.ROOT, "");
                    new SemanticChecks(own, baseDir).check((YMap) m.root());
                    names.add(e.key());
                    merged.add((YMap) m.root());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(sourceName, problems.sorted());
        }
        ScenarioBinder binder = new ScenarioBinder(baseDir);
        List<Variant> bound = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            bound.add(new Variant(names.get(i), binder.bind(merged.get(i), List.of())));
        }
        return binder.bind(base, bound);
    }

    /** Names of the scenarios bundled in the jar, in index order. */
    public static List<String> bundledNames() {
        try (InputStream in = ScenarioLoader.class.getResourceAsStream(BUNDLED_DIR + "index.txt")) {
            if (in == null) {
                return List.of();
            }
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R"))
                    .map(String::trim).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The YAML text of a bundled scenario. */
    public static String bundledText(String name) {
        try (InputStream in = ScenarioLoader.class.getResourceAsStream(BUNDLED_DIR + name + ".yaml")) {
            if (in == null) {
                throw ScenarioException.of(name, "no bundled scenario of that name; bundled: " + String.join(", ", bundledNames()));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ScenarioException.of(name, "bundled scenario cannot be read: " + e.getMessage());
        }
    }

    private static YMap withoutVariants(YMap root) {
        YMap copy = new YMap(root.location());
        for (YMap.Entry e : root.entries()) {
            if (!"variants".equals(e.key())) {
                copy.put(e.key(), e.keyLocation(), e.value());
            }
        }
        return copy;
    }

    private static Path baseDirOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

}
