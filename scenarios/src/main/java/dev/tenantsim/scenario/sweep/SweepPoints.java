package dev.tenantsim.scenario.sweep;

import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.yaml.Location;
import dev.tenantsim.scenario.yaml.TreePaths;
import dev.tenantsim.scenario.yaml.YMap;
import dev.tenantsim.scenario.yaml.YNode;
import dev.tenantsim.scenario.yaml.YScalar;
import dev.tenantsim.scenario.yaml.YamlTreeReader;
import java.util.List;
import java.util.stream.Collectors;

/** A sweep point as a scenario: the base file without its variants, each setting put over it, validated as a file is. */
public final class SweepPoints {
    private SweepPoints() {
    }

    /** The point's name: its settings' labels joined by commas ({@code enterprise=1,nodes=2}). */
    public static String label(List<Setting> settings) {
        return settings.stream().map(Setting::label).collect(Collectors.joining(","));
    }

    /**
     * The scenario of one point.
     *
     * @throws IllegalArgumentException     when a path cannot be set or a value is not YAML (the message names it)
     * @throws dev.tenantsim.scenario.ScenarioException when the point does not validate
     */
    public static Scenario scenario(ScenarioLoader.Source src, List<Setting> settings) {
        YMap root = withoutVariants(src.root());
        for (Setting s : settings) {
            root = TreePaths.with(root, s.path(), value(s.value()));
        }
        return ScenarioLoader.fromTree(root, src.name() + " [" + label(settings) + "]", src.baseDir());
    }

    /** A value as YAML would read it (so 2 is a number and 10/s a rate), located nowhere in the file. */
    static YNode value(String text) {
        YamlTreeReader.Result r = YamlTreeReader.read(text.trim());
        if (r.root() instanceof YScalar s) {
            return new YScalar(Location.NONE, s.text(), s.type());
        }
        if (r.root() == null) {
            throw new IllegalArgumentException("value (" + text + ") is not readable as YAML");
        }
        return r.root();
    }

    private static YMap withoutVariants(YMap root) {
        YMap copy = new YMap(root.location());
        root.entries().stream().filter(e -> !"variants".equals(e.key())).forEach(e -> copy.put(e.key(), e.keyLocation(), e.value()));
        return copy;
    }
}
