package dev.tenantsim.scenario.sweep;

import dev.tenantsim.scenario.Scenario;
import dev.tenantsim.scenario.ScenarioLoader;
import dev.tenantsim.scenario.model.Fidelity;
import java.io.Serializable;
import java.util.List;

/**
 * One run of a comparison as data: the scenario's text, the variant or sweep-point settings to
 * apply over it, the command line's fidelity, and the resolved seed and replications. A task
 * rebuilds the scenario from it ({@link #scenario()}), so a run is a pure function of its spec on
 * whatever machine it lands.
 *
 * @param label        the column of the comparison ("base", a variant's name, a point's settings)
 * @param variant      a variant of the file to run, or null for the base (or a sweep point)
 * @param settings     a sweep point's settings over the base without variants (empty otherwise)
 * @param fidelity     the {@code --fidelity} over the file's, or null
 */
public record RunSpec(String label, ScenarioText source, String variant, List<Setting> settings, String fidelity, long seed,
                      int replications) implements Serializable {
    public RunSpec {
        if (label == null || source == null) {
            throw new IllegalArgumentException("label and source (null) must be given");
        }
        settings = List.copyOf(settings);
        if (variant != null && !settings.isEmpty()) {
            throw new IllegalArgumentException("a run is a variant (" + variant + ") or a sweep point, not both");
        }
        if (replications < 1) {
            throw new IllegalArgumentException("replications (" + replications + ") must be >= 1");
        }
    }

    /** The scenario this spec runs, rebuilt from its text and validated. */
    public Scenario scenario() {
        ScenarioLoader.Source src = source.source();
        Scenario s;
        if (!settings.isEmpty()) {
            s = SweepPoints.scenario(src, settings);
        } else {
            Scenario base = ScenarioLoader.fromTree(src.root(), src.name(), src.baseDir());
            s = variant == null ? base : base.variant(variant);
        }
        return fidelity == null ? s : s.withFidelity(Fidelity.named(fidelity));
    }

    /** The same run reading its files from {@code source} (e.g. with another base folder). */
    public RunSpec withSource(ScenarioText source) {
        return new RunSpec(label, source, variant, settings, fidelity, seed, replications);
    }
}
