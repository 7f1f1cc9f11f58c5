package dev.tenantsim.scenario;

import dev.tenantsim.scenario.model.ControlsSpec;
import dev.tenantsim.scenario.model.Costs;
import dev.tenantsim.scenario.model.EventSpec;
import dev.tenantsim.scenario.model.Fidelity;
import dev.tenantsim.scenario.model.Horizon;
import dev.tenantsim.scenario.model.Placement;
import dev.tenantsim.scenario.model.Quotas;
import dev.tenantsim.scenario.model.ReportSpec;
import dev.tenantsim.scenario.model.RequestWorkSpec;
import dev.tenantsim.scenario.model.Tenants;
import dev.tenantsim.scenario.model.TierSpec;
import dev.tenantsim.scenario.model.TopologySpec;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A validated scenario: what to simulate, on what, for how long, and what to report. Made by
 * {@link ScenarioLoader} from a YAML file or by {@link #builder(String)} in code; both go through
 * the same validation, so a {@code Scenario} is always usable as it is.
 *
 * @param tiers     tiers by name, in file order
 * @param priceBook resolved path of the price book, or null for built-in prices
 * @param costs     shared items, SLA credit schedules and a published total ({@link Costs#NONE} when not given)
 * @param variants  variants in file order, each already merged over this base (their own
 *                  {@code variants} are empty)
 * @param events    the timeline ({@code events:}), in file order; empty for a steady run
 */
public record Scenario(
        String name,
        String description,
        long seed,
        Horizon horizon,
        int replications,
        Map<String, TierSpec> tiers,
        Tenants tenants,
        RequestWorkSpec request,
        TopologySpec topology,
        Placement placement,
        ControlsSpec controls,
        ReportSpec report,
        Path priceBook,
        Costs costs,
        List<Variant> variants,
        List<EventSpec> events) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(horizon, "horizon");
        tiers = Collections.unmodifiableMap(new LinkedHashMap<>(tiers));
        Objects.requireNonNull(tenants, "tenants");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(controls, "controls");
        Objects.requireNonNull(report, "report");
        costs = costs == null ? Costs.NONE : costs;
        variants = List.copyOf(variants);
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** A scenario without events (a steady topology). */
    public Scenario(String name, String description, long seed, Horizon horizon, int replications, Map<String, TierSpec> tiers,
                    Tenants tenants, RequestWorkSpec request, TopologySpec topology, Placement placement, ControlsSpec controls,
                    ReportSpec report, Path priceBook, Costs costs, List<Variant> variants) {
        this(name, description, seed, horizon, replications, tiers, tenants, request, topology, placement, controls, report,
                priceBook, costs, variants, List.of());
    }

    /** Starts a scenario in code; {@link ScenarioBuilder#build()} validates it like a file. */
    public static ScenarioBuilder builder(String name) {
        return new ScenarioBuilder(name);
    }

    /** The variant of that name, merged over this base. */
    public Scenario variant(String variantName) {
        return variants.stream().filter(v -> v.name().equals(variantName)).findFirst()
                .map(Variant::scenario)
                .orElseThrow(() -> ScenarioException.of(name, "variant (" + variantName + ") is not defined; variants: "
                        + String.join(", ", variants.stream().map(Variant::name).toList())));
    }

    /** The quotas a tenant of {@code tier} runs under: the tier's own, overridden by {@code controls}. */
    public Quotas quotasFor(String tier) {
        TierSpec t = tiers.get(tier);
        Quotas own = t == null ? Quotas.NONE : t.quotas();
        return own.overriddenBy(controls.quotasFor(tier));
    }

    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, newSeed, horizon, replications, tiers, tenants, request, topology,
                placement, controls, report, priceBook, costs, variants, events);
    }

    /** This scenario with its horizon run at {@code fidelity} (the command line's {@code --fidelity}); its variants as they are. */
    public Scenario withFidelity(Fidelity fidelity) {
        return new Scenario(name, description, seed, horizon.withFidelity(fidelity), replications, tiers, tenants, request, topology,
                placement, controls, report, priceBook, costs, variants, events);
    }

    /** This scenario over its first {@code length} (the same start, step and fidelity); its variants as they are. */
    public Scenario withHorizonLength(java.time.Duration length) {
        Horizon h = new Horizon(horizon.start(), length, horizon.step(), horizon.fidelity());
        return new Scenario(name, description, seed, h, replications, tiers, tenants, request, topology,
                placement, controls, report, priceBook, costs, variants, events);
    }

    public Scenario withReplications(int newReplications) {
        if (newReplications < 1 || newReplications > 1000) {
            throw ScenarioException.of(name, "replications (" + newReplications + ") must be from 1 to 1000");
        }
        return new Scenario(name, description, seed, horizon, newReplications, tiers, tenants, request, topology,
                placement, controls, report, priceBook, costs, variants, events);
    }
}
